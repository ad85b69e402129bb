package org.consentlab.credential.jose;

import org.consentlab.credential.spec.VerificationError;
import org.consentlab.credential.spec.VerificationErrorCode;

/**
 * Thrown while parsing when the input breaks a rule; it carries the typed {@link VerificationError}
 * so a verifier turns it into a rejection without looking at any message.
 */
public final class MalformedCredentialException extends RuntimeException {

	private final transient VerificationError error;

	public MalformedCredentialException(VerificationErrorCode code, String detail) {
		super(code + ": " + detail, null, false, false);
		this.error = new VerificationError(code, detail);
	}

	public VerificationError error() {
		return this.error;
	}

	public VerificationErrorCode code() {
		return this.error.code();
	}
}
