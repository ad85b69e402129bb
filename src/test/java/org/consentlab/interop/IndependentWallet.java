package org.consentlab.interop;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A wallet written from the OpenID4VP 1.0 text alone, with the JDK and Nimbus: none of our
 * {@code credential.oid4vp} or {@code credential.x509} code decides anything here.
 */
final class IndependentWallet {

	private static final HttpClient HTTP =
			HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private IndependentWallet() {}

	/**
	 * §5 and §5.9.3: fetch the request object from {@code request_uri}; it must be a JWS of type
	 * {@code oauth-authz-req+jwt}; its {@code x5c} chain must validate to the trusted root; the
	 * client identifier must be {@code x509_hash:} and the base64url SHA-256 of the leaf's DER;
	 * the leaf's key must have signed it; and it must name the same client as the link did.
	 */
	static Map<String, Object> resolve(String link, X509Certificate trustedRoot) throws Exception {
		Map<String, String> query = query(URI.create(link));
		JWSObject jws = JWSObject.parse(get(query.get("request_uri")));
		check(
				new JOSEObjectType("oauth-authz-req+jwt").equals(jws.getHeader().getType()),
				"typ is not oauth-authz-req+jwt");
		List<X509Certificate> chain = new ArrayList<>();
		CertificateFactory factory = CertificateFactory.getInstance("X.509");
		for (Base64 der : jws.getHeader().getX509CertChain()) {
			chain.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der.decode())));
		}
		PKIXParameters pkix = new PKIXParameters(Set.of(new TrustAnchor(trustedRoot, null)));
		pkix.setRevocationEnabled(false);
		try {
			CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(chain), pkix);
		} catch (CertPathValidatorException ex) {
			throw new IllegalStateException("the trust chain does not validate: " + ex.getMessage(), ex);
		}
		Map<String, Object> claims = JSONObjectUtils.parse(jws.getPayload().toString());
		String clientId = (String) claims.get("client_id");
		check(("x509_hash:" + x509Hash(chain.get(0))).equals(clientId), "client_id is not the x509_hash of the leaf");
		check(jws.verify(new ECDSAVerifier((ECPublicKey) chain.get(0).getPublicKey())), "bad signature");
		check(clientId.equals(query.get("client_id")), "the link named another client_id");
		return claims;
	}

	/**
	 * §8.3 and §8.3.1: encrypt {@code vp_token} and {@code state} to a key from
	 * {@code client_metadata.jwks} whose {@code use} is {@code enc} or absent, with its {@code alg},
	 * copying its {@code kid}, with the first {@code enc} offered (A128GCM when none is), and post
	 * it as the form parameter {@code response} to {@code response_uri}.
	 */
	@SuppressWarnings("unchecked")
	static int answer(Map<String, Object> request, String queryId, String presentation) throws Exception {
		Map<String, Object> metadata = (Map<String, Object>) request.get("client_metadata");
		ECKey key = null;
		for (Object candidate : (List<Object>) ((Map<String, Object>) metadata.get("jwks")).get("keys")) {
			JWK jwk = JWK.parse((Map<String, Object>) candidate);
			if (jwk instanceof ECKey ec && (ec.getKeyUse() == null || KeyUse.ENCRYPTION.equals(ec.getKeyUse()))) {
				key = ec;
				break;
			}
		}
		check(key != null && key.getAlgorithm() != null, "no encryption key with an alg");
		List<String> encs =
				(List<String>) metadata.getOrDefault("encrypted_response_enc_values_supported", List.of("A128GCM"));
		JWEObject jwe = new JWEObject(
				new JWEHeader.Builder(
								JWEAlgorithm.parse(key.getAlgorithm().getName()), EncryptionMethod.parse(encs.get(0)))
						.keyID(key.getKeyID())
						.build(),
				new Payload(Map.of("vp_token", Map.of(queryId, List.of(presentation)), "state", request.get("state"))));
		jwe.encrypt(new ECDHEncrypter(key));
		HttpResponse<String> posted = HTTP.send(
				HttpRequest.newBuilder(URI.create((String) request.get("response_uri")))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.POST(HttpRequest.BodyPublishers.ofString(
								"response=" + URLEncoder.encode(jwe.serialize(), StandardCharsets.UTF_8)))
						.build(),
				HttpResponse.BodyHandlers.ofString());
		return posted.statusCode();
	}

	/** §5.9.3: "the base64url-encoded value of the SHA-256 hash of the DER-encoded X.509 certificate". */
	static String x509Hash(X509Certificate certificate) throws Exception {
		return Base64URL.encode(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()))
				.toString();
	}

	static String get(String uri) throws Exception {
		HttpResponse<String> response =
				HTTP.send(HttpRequest.newBuilder(URI.create(uri)).GET().build(), HttpResponse.BodyHandlers.ofString());
		check(response.statusCode() == 200, "request_uri answered " + response.statusCode());
		return response.body();
	}

	static Map<String, String> query(URI link) {
		return form(link.getRawQuery());
	}

	static Map<String, String> form(String text) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String pair : text.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				values.put(
						URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return values;
	}

	private static void check(boolean condition, String failure) {
		if (!condition) {
			throw new IllegalStateException(failure);
		}
	}
}
