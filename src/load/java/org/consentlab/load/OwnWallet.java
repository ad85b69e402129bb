package org.consentlab.load;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.gatling.javaapi.core.Session;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oid4vci.CredentialOffer;
import org.consentlab.credential.oid4vci.CredentialRequest;
import org.consentlab.credential.oid4vci.Oid4vci;
import org.consentlab.credential.oid4vci.TokenRequest;
import org.consentlab.credential.sdjwt.ClaimPath;
import org.consentlab.credential.sdjwt.KeyBindingJwt;
import org.consentlab.credential.sdjwt.Presentation;
import org.consentlab.credential.sdjwt.SdJwt;

/**
 * A learner's own wallet, outside the app: it redeems the issuer's offer with a holder key it keeps
 * (OpenID4VCI 1.0 pre-authorised code flow) and answers the bar by {@code direct_post} (OpenID4VP
 * 1.0 §8.2) with a key-binding JWT it signs itself, so the verifier's response endpoint is measured
 * as a wallet on a phone meets it.
 */
final class OwnWallet {

	private OwnWallet() {}

	/** Reads the offer behind the wallet link, makes a holder key, and prepares the token request. */
	static Session start(Session session, String linkAttribute) {
		String link = session.getString(linkAttribute);
		String parameter = Oid4vci.CREDENTIAL_OFFER + "=";
		CredentialOffer offer = CredentialOffer.parse(URLDecoder.decode(
				link.substring(link.indexOf(parameter) + parameter.length()), StandardCharsets.UTF_8));
		ECKey key;
		try {
			key = new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
		} catch (JOSEException ex) {
			throw new IllegalStateException("P-256 keys can always be made", ex);
		}
		return session.set("holderKey", key.toJSONString())
				.set("issuerId", offer.credentialIssuer())
				.set("configurationId", offer.credentialConfigurationId())
				.set("tokenForm", new TokenRequest(offer.preAuthorizedCode(), null).toForm());
	}

	/** The credential request, with an {@code openid4vci-proof+jwt} over the issuer's nonce. */
	static Session proof(Session session) {
		try {
			ECKey key = ECKey.parse(session.getString("holderKey"));
			SignedJWT proof = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.ES256)
							.type(new JOSEObjectType(Oid4vci.PROOF_JWT_TYP))
							.jwk(key.toPublicJWK())
							.build(),
					new JWTClaimsSet.Builder()
							.audience(session.getString("issuerId"))
							.issueTime(Date.from(Instant.now()))
							.claim(Oid4vci.NONCE, session.getString("cNonce"))
							.build());
			proof.sign(new ECDSASigner(key));
			return session.set(
					"credentialRequest",
					new CredentialRequest(session.getString("configurationId"), List.of(proof.serialize())).toJson());
		} catch (JOSEException | java.text.ParseException ex) {
			throw new IllegalStateException("cannot sign the proof", ex);
		}
	}

	/** The bar's answer: {@code age_over_18} disclosed, bound to the request's nonce and client id. */
	static Session presentation(Session session) {
		try {
			ECKey key = ECKey.parse(session.getString("holderKey"));
			Map<String, String> request = query(session.getString("requestLink"));
			SdJwt credential = SdJwt.parse(session.getString("sdJwt"));
			SdJwt selected = Presentation.select(credential, List.of(ClaimPath.of("age_over_18")), 32);
			KeyBindingJwt kb = KeyBindingJwt.create(
					selected,
					key,
					request.get("nonce"),
					request.get("client_id"),
					Instant.now(),
					CryptoProvider.DEFAULT);
			String vpToken =
					Json.write(Map.of("pid", List.of(selected.withKeyBinding(kb).serialize())));
			return session.set(
					"responseForm",
					"state=" + URLEncoder.encode(request.get("state"), StandardCharsets.UTF_8) + "&vp_token="
							+ URLEncoder.encode(vpToken, StandardCharsets.UTF_8));
		} catch (java.text.ParseException ex) {
			throw new IllegalStateException("the holder key was stored as JSON", ex);
		}
	}

	private static Map<String, String> query(String link) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : link.substring(link.indexOf('?') + 1).split("&")) {
			String[] kv = pair.split("=", 2);
			parameters.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
		}
		return parameters;
	}
}
