package org.consentlab.web;

import java.time.Duration;

/**
 * The server has no room for this request just now but will soon: all password-hashing slots are
 * taken, the pool of the app's calls to itself is full, the line of searches is full. Rendered as
 * 503 Service Unavailable with {@code Retry-After} (RFC 9110 §15.6.4, §10.2.3) and a message asking
 * to try again, rather than letting requests pile up until threads or memory run out.
 */
public class ServiceBusyException extends RuntimeException {

	private final String messageKey;

	private final Duration retryAfter;

	/** @param messageKey the message the page shows, e.g. {@code error.busy} */
	public ServiceBusyException(String messageKey, Duration retryAfter) {
		super("busy: " + messageKey, null, false, false);
		this.messageKey = messageKey;
		this.retryAfter = retryAfter;
	}

	public String messageKey() {
		return messageKey;
	}

	public Duration retryAfter() {
		return retryAfter;
	}
}
