package org.consentlab.credential.oid4vp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.jwk.ECKey;
import java.text.ParseException;
import java.util.Map;
import java.util.Objects;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oauth.JsonMembers;
import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.credential.oauth.OAuthError;

/**
 * The verifier's reading of what the Digital Credentials API handed back (OpenID4VP 1.0 Appendix
 * A.4): the {@code data} of the {@code DigitalCredential}, an object with the response parameters.
 * Asked for with {@code dc_api.jwt}, it holds one {@code response}, a JWE encrypted to the key of
 * this request (§8.3); or a wallet's {@code error} (A.4, §8.5). Each refusal names its
 * {@link Failure}, so the page can say which check stopped the answer.
 */
public final class DcApiResponse {

	/** The longest {@code data} read: an encrypted presentation with a few disclosures. */
	public static final int MAX_LENGTH = EncryptedResponse.MAX_LENGTH + 1024;

	private static final int MAX_DEPTH = 12;

	/** What the data held. */
	public sealed interface Answer permits Presented, Refused {}

	/** The wallet presented: the decrypted {@code vp_token}. */
	public record Presented(VpToken vpToken) implements Answer {

		public Presented {
			Objects.requireNonNull(vpToken, Oid4vp.VP_TOKEN);
		}
	}

	/** The wallet answered with an error (A.4), e.g. {@code access_denied} when the holder refused. */
	public record Refused(OAuthError error) implements Answer {

		public Refused {
			Objects.requireNonNull(error, OAuthError.ERROR);
		}
	}

	/** Why an answer is refused, each with the rule it breaks. */
	public enum Failure {
		/** The data is not a JSON object of the response parameters, or the JWE's payload is not. */
		MALFORMED("OpenID4VP 1.0 Appendix A.4"),
		/** A {@code vp_token} in the clear although the request asked for {@code dc_api.jwt}. */
		NOT_ENCRYPTED("OpenID4VP 1.0 Appendix A.2, §8.3"),
		/** Encrypted with an algorithm other than ECDH-ES with A128GCM or A256GCM. */
		UNSUPPORTED_ENCRYPTION("OpenID4VP 1.0 §8.3, HAIP 1.0 §5"),
		/** Encrypted to another key than this request's, or tampered with: it does not decrypt. */
		WRONG_KEY("OpenID4VP 1.0 §8.3, RFC 7516 §5.2");

		private final String section;

		Failure(String section) {
			this.section = section;
		}

		public String section() {
			return section;
		}
	}

	/** An answer the verifier refuses before looking at any presentation in it. */
	public static final class RefusedAnswerException extends RuntimeException {

		private final Failure failure;

		public RefusedAnswerException(Failure failure, String detail) {
			super(failure + ": " + detail, null, false, false);
			this.failure = failure;
		}

		public Failure failure() {
			return failure;
		}
	}

	private DcApiResponse() {}

	/**
	 * Reads {@code data} (the JSON of {@code DigitalCredential.data}) and decrypts its
	 * {@code response} with {@code privateKey}, the request's ephemeral key.
	 *
	 * @throws RefusedAnswerException naming the check that failed
	 */
	public static Answer read(String data, ECKey privateKey) {
		JsonMembers members = parse(data, "data");
		if (members.has(OAuthError.ERROR)) {
			return new Refused(OAuthError.of(members.string(OAuthError.ERROR))
					.orElseThrow(() -> new RefusedAnswerException(Failure.MALFORMED, "an unregistered error code")));
		}
		if (members.has(Oid4vp.VP_TOKEN)) {
			throw new RefusedAnswerException(Failure.NOT_ENCRYPTED, "vp_token in the clear");
		}
		if (!(members.asMap().get(Oid4vp.RESPONSE) instanceof String response)) {
			throw new RefusedAnswerException(Failure.MALFORMED, "no response");
		}
		JsonMembers parameters = parse(decrypt(response, privateKey), Oid4vp.RESPONSE);
		if (!parameters.has(Oid4vp.VP_TOKEN)) {
			throw new RefusedAnswerException(Failure.MALFORMED, "the decrypted response has no vp_token");
		}
		try {
			return new Presented(
					VpToken.parse(Json.write(parameters.object(Oid4vp.VP_TOKEN).asMap())));
		} catch (MalformedMessageException ex) {
			throw new RefusedAnswerException(Failure.MALFORMED, ex.getMessage());
		}
	}

	/**
	 * The wallet's side: the {@code data} of an answer encrypted to the request's key (§8.3), i.e.
	 * {@code {"response": "<JWE>"}} whose payload is {@code {"vp_token": ...}}.
	 */
	public static String encrypt(VpToken vpToken, ClientMetadata metadata) {
		String jwe = EncryptedResponse.encrypt(
				Map.of(
						Oid4vp.VP_TOKEN,
						JsonMembers.parse(
										vpToken.toJson(),
										VpToken.MAX_LENGTH,
										3,
										OAuthError.INVALID_REQUEST,
										Oid4vp.VP_TOKEN)
								.asMap()),
				metadata);
		return Json.write(Map.of(Oid4vp.RESPONSE, jwe));
	}

	private static String decrypt(String response, ECKey privateKey) {
		JWEObject jwe;
		try {
			jwe = JWEObject.parse(response);
		} catch (ParseException ex) {
			throw new RefusedAnswerException(Failure.MALFORMED, "response is not a compact JWE");
		}
		JWEHeader header = jwe.getHeader();
		if (!JWEAlgorithm.ECDH_ES.equals(header.getAlgorithm())
				|| !ClientMetadata.SUPPORTED.contains(header.getEncryptionMethod())) {
			throw new RefusedAnswerException(
					Failure.UNSUPPORTED_ENCRYPTION, header.getAlgorithm() + "/" + header.getEncryptionMethod());
		}
		// §8.3: the JWE names the kid of the key it was encrypted to; another kid is another request's key.
		if (header.getKeyID() != null && !header.getKeyID().equals(privateKey.getKeyID())) {
			throw new RefusedAnswerException(Failure.WRONG_KEY, "encrypted to key " + header.getKeyID());
		}
		try {
			jwe.decrypt(new ECDHDecrypter(privateKey));
		} catch (JOSEException ex) {
			throw new RefusedAnswerException(Failure.WRONG_KEY, "does not decrypt with this request's key");
		}
		return jwe.getPayload().toString();
	}

	private static JsonMembers parse(String json, String name) {
		if (json == null || json.length() > MAX_LENGTH) {
			throw new RefusedAnswerException(Failure.MALFORMED, name + " is missing or too long");
		}
		try {
			return JsonMembers.parse(json, MAX_LENGTH, MAX_DEPTH, OAuthError.INVALID_REQUEST, name);
		} catch (MalformedMessageException ex) {
			throw new RefusedAnswerException(Failure.MALFORMED, ex.getMessage());
		}
	}
}
