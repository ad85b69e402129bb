package org.consentlab.credential.vc;

/**
 * JWT VC Issuer Metadata (draft-ietf-oauth-sd-jwt-vc §4.2) that cannot be used: callers read the
 * {@link Problem}, never the message.
 */
public final class MalformedIssuerMetadataException extends RuntimeException {

	/** What is wrong with the document, each tied to the rule of §4.2 it breaks. */
	public enum Problem {

		/** Empty, longer than {@link JwtVcIssuerMetadata#MAX_LENGTH}, or not a JSON object. */
		NOT_A_JSON_OBJECT,

		/** Nested deeper than {@link JwtVcIssuerMetadata#MAX_DEPTH} levels. */
		TOO_DEEP,

		/** §4.2: {@code issuer} is required, a non-empty string. */
		ISSUER_MISSING,

		/** §4.2: one of {@code jwks} and {@code jwks_uri} is required; only {@code jwks} is read here. */
		JWKS_MISSING,

		/** §4.2: {@code jwks} and {@code jwks_uri} together. */
		JWKS_AND_JWKS_URI,

		/** {@code jwks} is not a JWK Set (RFC 7517 §5), is empty or holds more than {@link JwtVcIssuerMetadata#MAX_KEYS} keys. */
		JWKS_INVALID,

		/** A key carries private parameters: metadata publishes public keys only. */
		PRIVATE_KEY
	}

	private final Problem problem;

	public MalformedIssuerMetadataException(Problem problem, String detail) {
		super(problem + ": " + detail, null, false, false);
		this.problem = problem;
	}

	public Problem problem() {
		return problem;
	}
}
