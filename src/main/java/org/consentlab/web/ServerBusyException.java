package org.consentlab.web;

/**
 * The server has no room for this request now but will soon: a queue or a pool of calls is full.
 * Rendered as a 503 page (or problem details) that says to try again in a moment, with a
 * {@code Retry-After}; never a stalled thread or a 500.
 */
public class ServerBusyException extends RuntimeException {

	private final String messageKey;

	public ServerBusyException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
