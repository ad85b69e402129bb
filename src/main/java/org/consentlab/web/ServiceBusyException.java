package org.consentlab.web;

import java.time.Duration;

/**
 * The server has no room for this request just now (all password-hashing slots are taken, for
 * instance). Rendered as 503 Service Unavailable with {@code Retry-After} (RFC 9110 §15.6.4, §10.2.3)
 * and a message asking to try again, rather than letting requests pile up until memory runs out.
 */
public class ServiceBusyException extends RuntimeException {

	private final Duration retryAfter;

	public ServiceBusyException(String what, Duration retryAfter) {
		super("busy: " + what);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}
}
