package org.consentlab.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.consentlab.credential.oid4vci.CredentialOffer;
import org.consentlab.credential.oid4vci.CredentialRequest;
import org.consentlab.credential.oid4vci.CredentialResponse;
import org.consentlab.credential.oid4vci.NonceResponse;
import org.consentlab.credential.oid4vci.Oid4vci;
import org.consentlab.credential.oid4vci.TokenRequest;
import org.consentlab.credential.oid4vci.TokenResponse;
import org.consentlab.credential.sdjwt.SdJwt;

/**
 * The OpenID4VCI 1.0 pre-authorised code flow done by hand, as a wallet would, but with a holder
 * key the caller keeps: offer → token → nonce → credential with an {@code openid4vci-proof+jwt}.
 * For tests and benchmarks that need to sign key bindings themselves.
 */
public final class PreAuthorizedIssuance {

	private PreAuthorizedIssuance() {}

	/** A personal ID from {@code /issuers/pid}, bound to {@code holderKey}. */
	public static SdJwt personalId(RunningApp app, WebClient learner, ECKey holderKey) throws JOSEException {
		String link = WalletDriver.href(learner.get("/issuers/pid").body(), "offer-link");
		String parameter = Oid4vci.CREDENTIAL_OFFER + "=";
		CredentialOffer offer = CredentialOffer.parse(URLDecoder.decode(
				link.substring(link.indexOf(parameter) + parameter.length()), StandardCharsets.UTF_8));
		String token = TokenResponse.parse(learner.postRaw(
								"/issuers/pid/token", new TokenRequest(offer.preAuthorizedCode(), null).toForm())
						.body())
				.accessToken();
		String nonce = NonceResponse.parse(
						learner.postRaw("/issuers/pid/nonce", "").body())
				.cNonce();
		SignedJWT proof = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.ES256)
						.type(new JOSEObjectType(Oid4vci.PROOF_JWT_TYP))
						.jwk(holderKey.toPublicJWK())
						.build(),
				new JWTClaimsSet.Builder()
						.audience(offer.credentialIssuer())
						.issueTime(Date.from(Instant.now()))
						.claim(Oid4vci.NONCE, nonce)
						.build());
		proof.sign(new ECDSASigner(holderKey));
		String response = learner.send(HttpRequest.newBuilder(URI.create(app.url("/issuers/pid/credential")))
						.header("Content-Type", "application/json")
						.header("Authorization", "Bearer " + token)
						.POST(HttpRequest.BodyPublishers.ofString(
								new CredentialRequest(offer.credentialConfigurationId(), List.of(proof.serialize()))
										.toJson()))
						.build())
				.body();
		return SdJwt.parse(CredentialResponse.parse(response).credentials().get(0));
	}
}
