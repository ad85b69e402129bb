package org.consentlab.wallet;

/**
 * The wallet could not finish a protocol exchange: the offer or request was malformed, or the other
 * party refused. Carries a message key for the learner and the messages exchanged so far.
 */
public class WalletException extends RuntimeException {

	private final String messageKey;

	private final String detail;

	private final String trace;

	WalletException(String messageKey, String detail, String trace) {
		super(messageKey + ": " + detail);
		this.messageKey = messageKey;
		this.detail = detail;
		this.trace = trace;
	}

	public String messageKey() {
		return messageKey;
	}

	/** What the other party said (its OAuth error code), or what was wrong; shown as code, not prose. */
	public String detail() {
		return detail;
	}

	public String trace() {
		return trace;
	}
}
