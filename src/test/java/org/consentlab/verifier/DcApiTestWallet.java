package org.consentlab.verifier;

import com.nimbusds.jose.jwk.ECKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oid4vp.DcApiRequest;
import org.consentlab.credential.oid4vp.DcApiResponse;
import org.consentlab.credential.oid4vp.DigitalCredentials;
import org.consentlab.credential.oid4vp.Oid4vp;
import org.consentlab.credential.oid4vp.SignedRequest;
import org.consentlab.credential.oid4vp.VpToken;
import org.consentlab.credential.sdjwt.ClaimPath;
import org.consentlab.credential.sdjwt.KeyBindingJwt;
import org.consentlab.credential.sdjwt.Presentation;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.spec.VerificationErrorCode;

/**
 * A wallet answering through the Digital Credentials API with the credential core, as a browser's
 * wallet would: it checks the signed request against the classroom root (§5.9.3) and the origin it
 * is called from against {@code expected_origins} (Appendix A.2), chooses the disclosures (RFC 9901
 * §7.2), signs a KB-JWT whose {@code aud} is {@code origin:<origin>} (A.4) and whose nonce is the
 * request's, and encrypts the response to the request's key (§8.3). Tests make it err on purpose.
 */
public final class DcApiTestWallet {

	private final SdJwt credential;

	private final ECKey holderKey;

	private final List<X509Certificate> roots;

	public DcApiTestWallet(SdJwt credential, ECKey holderKey, List<X509Certificate> roots) {
		this.credential = credential;
		this.holderKey = holderKey;
		this.roots = List.copyOf(roots);
	}

	/** The request as the wallet reads it from the entry of {@code digital.requests} the page holds. */
	@SuppressWarnings("unchecked")
	public DcApiRequest read(String digitalRequestJson) {
		Map<String, Object> entry = Json.parseObject(digitalRequestJson, 4, VerificationErrorCode.MALFORMED_SD_JWT);
		String signed = (String) ((Map<String, Object>) entry.get(DigitalCredentials.DATA)).get(Oid4vp.REQUEST);
		return DcApiRequest.read(
				SignedRequest.verify(signed, roots, Instant.now(), null).claims());
	}

	/** The {@code data} of the DigitalCredential answering {@code request} honestly, called from {@code origin}. */
	public String answer(DcApiRequest request, String origin, List<String> claims) {
		request.requireOrigin(origin);
		return answer(request, claims, request.nonce(), DcApiRequest.audience(origin));
	}

	/** The {@code data} of an answer with the given nonce and audience, checked against nothing. */
	public String answer(DcApiRequest request, List<String> claims, String nonce, String audience) {
		String id = request.dcqlQuery().credentials().get(0).id();
		return DcApiResponse.encrypt(VpToken.of(id, present(claims, nonce, audience)), request.clientMetadata());
	}

	/** A presentation of {@code claims} with a key binding to {@code nonce} and {@code audience}. */
	public String present(List<String> claims, String nonce, String audience) {
		SdJwt selected = Presentation.select(
				credential, claims.stream().map(ClaimPath::of).toList(), 32);
		KeyBindingJwt kb =
				KeyBindingJwt.create(selected, holderKey, nonce, audience, Instant.now(), CryptoProvider.DEFAULT);
		return selected.withKeyBinding(kb).serialize();
	}
}
