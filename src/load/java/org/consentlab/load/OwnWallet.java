package org.consentlab.load;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.gatling.javaapi.core.Session;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oauth.JsonMembers;
import org.consentlab.credential.oauth.OAuthError;
import org.consentlab.credential.oid4vci.CredentialOffer;
import org.consentlab.credential.oid4vci.CredentialRequest;
import org.consentlab.credential.oid4vci.Oid4vci;
import org.consentlab.credential.oid4vci.TokenRequest;
import org.consentlab.credential.oid4vp.ClientId;
import org.consentlab.credential.oid4vp.EncryptedResponse;
import org.consentlab.credential.oid4vp.Oid4vp;
import org.consentlab.credential.oid4vp.RequestObject;
import org.consentlab.credential.oid4vp.SignedRequest;
import org.consentlab.credential.sdjwt.ClaimPath;
import org.consentlab.credential.sdjwt.KeyBindingJwt;
import org.consentlab.credential.sdjwt.Presentation;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.x509.CertificateChain;
import org.consentlab.support.SignedRequests;

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

	/**
	 * Reads the bar's request as a wallet on a phone does (OpenID4VP 1.0 §5, RFC 9101): the link holds
	 * only {@code client_id} and {@code request_uri}; the request object fetched from it (in
	 * {@code requestObject}) is checked against the key of its own {@code x5c} leaf, whose hash must be
	 * the link's {@code x509_hash:} client identifier, and gives the nonce, state and response URI.
	 * (Trusting the chain's root is the app's wallet's job, measured elsewhere.) Sets
	 * {@code responseUri}, the path to answer at.
	 */
	static Session readRequest(Session session) {
		Map<String, String> link = SignedRequests.query(session.getString("requestLink"));
		String object = session.getString("requestObject");
		if (object == null || object.length() > SignedRequest.MAX_LENGTH) {
			throw new IllegalStateException("no request object, or one too long");
		}
		try {
			JWSObject jws = JWSObject.parse(object);
			List<com.nimbusds.jose.util.Base64> x5c = jws.getHeader().getX509CertChain();
			if (x5c == null || x5c.isEmpty()) {
				throw new IllegalStateException("the request object carries no x5c");
			}
			CertificateChain chain = CertificateChain.fromX5c(
					x5c.stream().map(com.nimbusds.jose.util.Base64::toString).toList());
			if (!(chain.leaf().getPublicKey() instanceof ECPublicKey leafKey)
					|| !jws.verify(CryptoProvider.DEFAULT.configure(new ECDSAVerifier(leafKey)))) {
				throw new IllegalStateException("the request object is not signed by its leaf certificate's key");
			}
			JsonMembers claims = JsonMembers.parse(
					jws.getPayload().toString(),
					SignedRequest.MAX_LENGTH,
					12,
					OAuthError.INVALID_REQUEST_OBJECT,
					"request");
			ClientId clientId = ClientId.parse(claims.string(Oid4vp.CLIENT_ID));
			if (!clientId.toString().equals(link.get(Oid4vp.CLIENT_ID))
					|| !chain.x509Hash().equals(clientId.original())) {
				throw new IllegalStateException("the request object's client_id is not the link's or its leaf's");
			}
			RequestObject request = RequestObject.read(claims, clientId);
			return session.set("request", request)
					.set("responseUri", request.responseUri().replaceAll("^https?://[^/]+", ""));
		} catch (java.text.ParseException | JOSEException ex) {
			throw new IllegalStateException("the request object is not a compact JWS", ex);
		}
	}

	/**
	 * The bar's answer: {@code age_over_18} disclosed, bound to the request's nonce and client id, sent
	 * as the request asks: encrypted to its key ({@code direct_post.jwt}, §8.3) or plain ({@code direct_post}).
	 */
	static Session presentation(Session session) {
		try {
			ECKey key = ECKey.parse(session.getString("holderKey"));
			RequestObject request = session.get("request");
			SdJwt credential = SdJwt.parse(session.getString("sdJwt"));
			SdJwt selected = Presentation.select(credential, List.of(ClaimPath.of("age_over_18")), 32);
			KeyBindingJwt kb = KeyBindingJwt.create(
					selected,
					key,
					request.nonce(),
					request.clientId().toString(),
					Instant.now(),
					CryptoProvider.DEFAULT);
			Map<String, Object> vpToken =
					Map.of("pid", List.of(selected.withKeyBinding(kb).serialize()));
			if (request.encryptsResponse()) {
				Map<String, Object> payload = new LinkedHashMap<>();
				payload.put(Oid4vp.STATE, request.state());
				payload.put(Oid4vp.VP_TOKEN, vpToken);
				return session.set(
						"responseForm",
						Oid4vp.RESPONSE + "="
								+ URLEncoder.encode(
										EncryptedResponse.encrypt(payload, request.clientMetadata()),
										StandardCharsets.UTF_8));
			}
			return session.set(
					"responseForm",
					Oid4vp.STATE + "=" + URLEncoder.encode(request.state(), StandardCharsets.UTF_8) + "&"
							+ Oid4vp.VP_TOKEN + "=" + URLEncoder.encode(Json.write(vpToken), StandardCharsets.UTF_8));
		} catch (java.text.ParseException ex) {
			throw new IllegalStateException("the holder key was stored as JSON", ex);
		}
	}

	/** The {@code request_uri} of a request link (OpenID4VP 1.0 §5.7, RFC 9101 §5). */
	static String requestUri(String link) {
		String uri = SignedRequests.query(link).get(Oid4vp.REQUEST_URI);
		if (uri == null) {
			throw new IllegalStateException("the request link has no request_uri");
		}
		return uri;
	}
}
