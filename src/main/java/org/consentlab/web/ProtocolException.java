package org.consentlab.web;

import org.consentlab.credential.oauth.OAuthError;
import org.springframework.http.HttpStatus;

/**
 * A protocol endpoint refuses a request in the OAuth 2.0 error format its specification uses
 * (RFC 6749 §5.2, OpenID4VCI 1.0 §6.3 and §8.3.1.2, OpenID4VP 1.0 §8.5): {@code error} is one of
 * the closed set {@link OAuthError}. Rendered as JSON by {@link ProtocolErrors}, never as a 500.
 */
public class ProtocolException extends RuntimeException {

	private final HttpStatus status;

	private final OAuthError error;

	private final String description;

	/** A refusal with the error's own HTTP status. */
	public ProtocolException(OAuthError error, String description) {
		this(HttpStatus.valueOf(error.status()), error, description);
	}

	/** A refusal with another status, e.g. 404 for an endpoint of an issuer that does not exist. */
	public ProtocolException(HttpStatus status, OAuthError error, String description) {
		super(error.code() + ": " + description, null, false, false);
		this.status = status;
		this.error = error;
		this.description = description;
	}

	/** A 400 with {@code invalid_request}. */
	public static ProtocolException invalidRequest(String description) {
		return new ProtocolException(OAuthError.INVALID_REQUEST, description);
	}

	public HttpStatus status() {
		return status;
	}

	public OAuthError error() {
		return error;
	}

	public String description() {
		return description;
	}
}
