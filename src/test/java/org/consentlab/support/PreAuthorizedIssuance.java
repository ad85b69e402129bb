package org.consentlab.support;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
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
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.spec.VerificationErrorCode;

/**
 * The OpenID4VCI 1.0 pre-authorised code flow done by hand, as a wallet would, but with a holder
 * key the caller keeps: offer → token → nonce → credential with an {@code openid4vci-proof+jwt}.
 * For tests and benchmarks that need to sign key bindings themselves.
 */
public final class PreAuthorizedIssuance {

	private PreAuthorizedIssuance() {
	}

	/** A personal ID from {@code /issuers/pid}, bound to {@code holderKey}. */
	public static SdJwt personalId(RunningApp app, WebClient learner, ECKey holderKey) throws JOSEException {
		String link = WalletDriver.href(learner.get("/issuers/pid").body(), "offer-link");
		Map<String, Object> offer = parse(
				URLDecoder.decode(link.substring(link.indexOf("credential_offer=") + 17), StandardCharsets.UTF_8));
		String issuer = (String) offer.get("credential_issuer");
		String code = (String) ((Map<?, ?>) ((Map<?, ?>) offer.get("grants"))
			.get("urn:ietf:params:oauth:grant-type:pre-authorized_code")).get("pre-authorized_code");
		String token = (String) parse(learner.postRaw("/issuers/pid/token",
				"grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Apre-authorized_code&pre-authorized_code=" + code)
			.body()).get("access_token");
		String nonce = (String) parse(learner.postRaw("/issuers/pid/nonce", "").body()).get("c_nonce");
		SignedJWT proof = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256)
			.type(new JOSEObjectType("openid4vci-proof+jwt")).jwk(holderKey.toPublicJWK()).build(),
				new JWTClaimsSet.Builder().audience(issuer).issueTime(Date.from(Instant.now())).claim("nonce", nonce).build());
		proof.sign(new ECDSASigner(holderKey));
		String response = learner.send(HttpRequest.newBuilder(URI.create(app.url("/issuers/pid/credential")))
			.header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("credential_configuration_id", "pid_sd_jwt",
					"proofs", Map.of("jwt", List.of(proof.serialize()))))))
			.build()).body();
		List<?> credentials = (List<?>) parse(response).get("credentials");
		return SdJwt.parse((String) ((Map<?, ?>) credentials.get(0)).get("credential"));
	}

	private static Map<String, Object> parse(String json) {
		return Json.parseObject(json, 16, VerificationErrorCode.MALFORMED_SD_JWT);
	}
}
