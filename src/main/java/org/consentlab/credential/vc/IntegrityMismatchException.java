package org.consentlab.credential.vc;

/**
 * A document refused by its integrity pin (SD-JWT VC §6, W3C SRI §3.3.5): callers read the
 * {@link Reason}, never the message.
 */
public final class IntegrityMismatchException extends RuntimeException {

	/** Why the pin refused the document. */
	public enum Reason {

		/** The integrity string is empty, too long, or a token is not {@code alg-base64} of the right length. */
		MALFORMED,

		/** No token names an algorithm of SRI §3.2, so nothing could be checked. */
		NO_KNOWN_ALGORITHM,

		/** The document's digest is not the one pinned: it changed since the credential was signed. */
		MISMATCH
	}

	private final Reason reason;

	public IntegrityMismatchException(Reason reason, String detail) {
		super(reason + ": " + detail, null, false, false);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
