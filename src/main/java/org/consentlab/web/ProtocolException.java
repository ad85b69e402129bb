package org.consentlab.web;

import org.springframework.http.HttpStatus;

/**
 * A protocol endpoint refuses a request in the OAuth 2.0 error format its specification uses
 * (RFC 6749 §5.2, OpenID4VCI 1.0 §6.3 and §8.3.1.2, OpenID4VP 1.0 §8.5): {@code error} is a
 * registered code such as {@code invalid_request}, {@code invalid_grant}, {@code invalid_proof} or
 * {@code invalid_nonce}. Rendered as JSON by {@link ProtocolErrors}, never as a 500.
 */
public class ProtocolException extends RuntimeException {

	private final HttpStatus status;

	private final String error;

	private final String description;

	public ProtocolException(HttpStatus status, String error, String description) {
		super(error + ": " + description);
		this.status = status;
		this.error = error;
		this.description = description;
	}

	/** A 400 with {@code invalid_request}. */
	public static ProtocolException invalidRequest(String description) {
		return new ProtocolException(HttpStatus.BAD_REQUEST, "invalid_request", description);
	}

	public HttpStatus status() {
		return status;
	}

	public String error() {
		return error;
	}

	public String description() {
		return description;
	}
}
