package org.consentlab.wallet;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.consentlab.account.Account;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.jose.Jwks;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.spec.SdJwtVc;
import org.consentlab.web.Loopback;
import org.springframework.stereotype.Component;

/**
 * The wallet's side of the pre-authorised code flow (OpenID4VCI 1.0 §3.5): read the issuer's
 * metadata (§12.2) and its authorisation server's (RFC 8414), trade the code for an access token
 * (§6), fetch a c_nonce (§7), make a fresh holder key and prove possession of it
 * ({@code openid4vci-proof+jwt}, Appendix F.1), and request the credential (§8). The credential is
 * kept only when it is bound to that key.
 */
@Component
class ReceiveCredential {

	private final Loopback loopback;

	private final WalletCredentials credentials;

	ReceiveCredential(Loopback loopback, WalletCredentials credentials) {
		this.loopback = loopback;
		this.credentials = credentials;
	}

	HeldCredential receive(Account learner, CredentialOffer offer) {
		ProtocolClient client = new ProtocolClient(loopback);
		String issuer = offer.credentialIssuer();
		Map<String, Object> metadata = client.getJson(Loopback.wellKnown(issuer, "openid-credential-issuer"));
		if (!issuer.equals(metadata.get("credential_issuer"))) {
			throw client.failure("wallet.error.metadata", "credential_issuer");
		}
		Object configurations = metadata.get("credential_configurations_supported");
		Object configuration = (configurations instanceof Map) ? ((Map<?, ?>) configurations).get(offer.configurationId()) : null;
		if (!(configuration instanceof Map) || !SdJwtVc.TYPE.equals(((Map<?, ?>) configuration).get("format"))) {
			throw client.failure("wallet.error.metadata", "credential_configurations_supported");
		}
		Map<String, Object> server = client.getJson(Loopback.wellKnown(issuer, "oauth-authorization-server"));
		Map<String, Object> token = client.postForm(client.string(server, "token_endpoint"),
				"grant_type=" + encode(CredentialOffer.PRE_AUTHORIZED_GRANT) + "&pre-authorized_code="
						+ encode(offer.preAuthorizedCode()));
		String accessToken = client.string(token, "access_token");
		String nonce = client.string(client.postForm(client.string(metadata, "nonce_endpoint"), ""), "c_nonce");
		ECKey holderKey = (ECKey) Jwks.generate(JWSAlgorithm.ES256);
		String proof = proof(holderKey, issuer, nonce);
		client.note("made a new holder key and signed a key proof (openid4vci-proof+jwt) with it", proof);
		String request = Json.write(Map.of("credential_configuration_id", offer.configurationId(), "proofs",
				Map.of("jwt", List.of(proof))));
		Map<String, Object> response = client.postJson(client.string(metadata, "credential_endpoint"), request,
				accessToken);
		SdJwt credential = credentialIn(response, client);
		JWK bound = credential.confirmationKey().orElse(null);
		if (bound == null || !thumbprint(bound).equals(thumbprint(holderKey))) {
			throw client.failure("wallet.error.not-bound", "cnf.jwk");
		}
		Object vct = credential.payload().get(SdJwtVc.VCT);
		return credentials.add(learner.id(), issuer, String.valueOf(vct), credential.serialize(),
				holderKey.toJSONString(), client.trace());
	}

	private static SdJwt credentialIn(Map<String, Object> response, ProtocolClient client) {
		Object list = response.get("credentials");
		Object first = (list instanceof List && !((List<?>) list).isEmpty()) ? ((List<?>) list).get(0) : null;
		Object text = (first instanceof Map) ? ((Map<?, ?>) first).get("credential") : null;
		if (!(text instanceof String)) {
			throw client.failure("wallet.error.missing", "credentials[0].credential");
		}
		try {
			return SdJwt.parse((String) text);
		}
		catch (MalformedCredentialException ex) {
			throw client.failure("wallet.error.malformed", ex.code().name());
		}
	}

	private static String proof(ECKey holderKey, String issuer, String nonce) {
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
			.type(new JOSEObjectType("openid4vci-proof+jwt"))
			.jwk(holderKey.toPublicJWK())
			.build();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().audience(issuer)
			.issueTime(Date.from(Instant.now()))
			.claim("nonce", nonce)
			.build();
		SignedJWT jwt = new SignedJWT(header, claims);
		try {
			jwt.sign(new ECDSASigner(holderKey));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("signing with a fresh P-256 key failed", ex);
		}
		return jwt.serialize();
	}

	private static String thumbprint(JWK key) {
		try {
			return key.computeThumbprint().toString();
		}
		catch (JOSEException ex) {
			return "";
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
