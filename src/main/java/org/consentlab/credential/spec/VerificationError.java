package org.consentlab.credential.spec;

import java.util.Objects;

/**
 * One broken rule: the {@link VerificationErrorCode} and a short technical detail for developers
 * (a digest, a claim name). Learners see the code's explanation, never the detail alone.
 */
public record VerificationError(VerificationErrorCode code, String detail) {

	public VerificationError {
		Objects.requireNonNull(code, "code");
		detail = (detail != null) ? detail : "";
	}

	public static VerificationError of(VerificationErrorCode code) {
		return new VerificationError(code, "");
	}
}
