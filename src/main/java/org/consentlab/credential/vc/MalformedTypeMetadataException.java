package org.consentlab.credential.vc;

/**
 * An SD-JWT VC Type Metadata document (draft-ietf-oauth-sd-jwt-vc-15 §5.2, §7, §8) that cannot be
 * used: callers read the {@link Problem}, never the message.
 */
public final class MalformedTypeMetadataException extends RuntimeException {

	/** What is wrong with the document, each tied to the rule it breaks. */
	public enum Problem {

		/** Empty, longer than {@link TypeMetadata#MAX_LENGTH}, or not a JSON object (§5.2). */
		NOT_A_JSON_OBJECT,

		/** Nested deeper than {@link TypeMetadata#MAX_DEPTH} levels. */
		TOO_DEEP,

		/** More entries than the limits of {@link TypeMetadata} allow, or written longer than {@link TypeMetadata#MAX_LENGTH}. */
		TOO_LARGE,

		/** §5.2: {@code vct} is required, a non-empty string. */
		VCT_MISSING,

		/** §5.3: the document describes another type than the credential's {@code vct}. */
		VCT_MISMATCH,

		/** §5.4: the type extends another, which this reader does not fetch (and so may not use the document). */
		EXTENDS_NOT_FOLLOWED,

		/** §5.2, §7: a {@code name} or {@code description} that is not a string, or a display entry without a valid {@code locale} and {@code name}. */
		DISPLAY_INVALID,

		/** §8: {@code claims} is not an array of objects, or an entry's {@code mandatory} or {@code sd} is not one of the values defined. */
		CLAIMS_INVALID,

		/** §8.1: a {@code path} that is not a non-empty array of strings, nulls and non-negative integers. */
		CLAIM_PATH_INVALID,

		/** §8.2: a claim display entry without a valid {@code locale} and a {@code label}. */
		CLAIM_DISPLAY_INVALID,

		/** §9.5: a text longer than {@link TypeMetadata#MAX_TEXT} characters, which would distort the screen. */
		TEXT_TOO_LONG
	}

	private final Problem problem;

	public MalformedTypeMetadataException(Problem problem, String detail) {
		super(problem + ": " + detail, null, false, false);
		this.problem = problem;
	}

	public Problem problem() {
		return problem;
	}
}
