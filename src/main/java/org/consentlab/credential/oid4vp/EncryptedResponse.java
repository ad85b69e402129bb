package org.consentlab.credential.oid4vp;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import com.nimbusds.jose.jwk.ECKey;
import java.text.ParseException;
import java.util.Map;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oauth.JsonMembers;
import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.credential.oauth.OAuthError;

/**
 * An encrypted authorization response (OpenID4VP 1.0 §8.3): the response parameters as the
 * payload of an unsigned, encrypted JWT, ECDH-ES on P-256 to the key the verifier put in its
 * request, posted as the {@code response} parameter of {@code direct_post.jwt} (§8.3.1). Only the
 * verifier that made the request can read what the wallet disclosed, even if the post is logged
 * or intercepted on the way.
 */
public final class EncryptedResponse {

	/** The longest encrypted response read: a presentation with a few disclosures, encrypted. */
	public static final int MAX_LENGTH = 256 * 1024;

	private static final int MAX_DEPTH = 12;

	private EncryptedResponse() {}

	/**
	 * The wallet's side: encrypts {@code parameters} (e.g. {@code vp_token} and {@code state}) to
	 * the request's key, with the first content encryption both accept; the JWE carries the key's
	 * {@code kid} when it has one (§8.3).
	 */
	public static String encrypt(Map<String, Object> parameters, ClientMetadata metadata) {
		EncryptionMethod enc = metadata.agreedEnc()
				.orElseThrow(() -> MalformedMessageException.invalid(
						Oid4vp.ENCRYPTED_RESPONSE_ENC_VALUES_SUPPORTED,
						"names no content encryption this wallet supports"));
		JWEHeader header = new JWEHeader.Builder(JWEAlgorithm.ECDH_ES, enc)
				.keyID(metadata.encryptionKey().getKeyID())
				.build();
		JWEObject jwe = new JWEObject(header, new Payload(Json.write(parameters)));
		try {
			jwe.encrypt(new ECDHEncrypter(metadata.encryptionKey()));
		} catch (JOSEException ex) {
			throw new IllegalStateException("encrypting a response failed", ex);
		}
		return jwe.serialize();
	}

	/**
	 * The verifier's side: decrypts a response with the private key it made for this request. A
	 * response it cannot decrypt (another key, another algorithm, tampered) is an
	 * {@code invalid_request}, naming {@code response}.
	 */
	public static JsonMembers decrypt(String response, ECKey privateKey) {
		if (response == null || response.isEmpty()) {
			throw MalformedMessageException.invalid(Oid4vp.RESPONSE, "is missing");
		}
		if (response.length() > MAX_LENGTH) {
			throw MalformedMessageException.invalid(Oid4vp.RESPONSE, "is longer than " + MAX_LENGTH + " characters");
		}
		try {
			JWEObject jwe = JWEObject.parse(response);
			JWEHeader header = jwe.getHeader();
			if (!JWEAlgorithm.ECDH_ES.equals(header.getAlgorithm())
					|| !ClientMetadata.SUPPORTED.contains(header.getEncryptionMethod())) {
				throw MalformedMessageException.invalid(
						Oid4vp.RESPONSE,
						"is encrypted with " + header.getAlgorithm() + "/" + header.getEncryptionMethod());
			}
			jwe.decrypt(new ECDHDecrypter(privateKey));
			return JsonMembers.parse(
					jwe.getPayload().toString(), MAX_LENGTH, MAX_DEPTH, OAuthError.INVALID_REQUEST, Oid4vp.RESPONSE);
		} catch (ParseException ex) {
			throw MalformedMessageException.invalid(Oid4vp.RESPONSE, "is not a compact JWE");
		} catch (JOSEException ex) {
			throw MalformedMessageException.invalid(Oid4vp.RESPONSE, "cannot be decrypted with this request's key");
		}
	}
}
