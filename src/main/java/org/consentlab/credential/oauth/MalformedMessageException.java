package org.consentlab.credential.oauth;

/**
 * A protocol message (an offer, a token or credential request or response, an authorization
 * request, a DCQL query) that is not JSON, too long, too deep, or misses or misshapes a member.
 * It names the member at fault and the {@link OAuthError} an endpoint answers with, so callers
 * never look at a message string.
 */
public final class MalformedMessageException extends RuntimeException {

	private final OAuthError error;

	private final String member;

	public MalformedMessageException(OAuthError error, String member, String detail) {
		super(error.code() + " (" + member + "): " + detail, null, false, false);
		this.error = error;
		this.member = member;
	}

	/** A malformed message answered with {@link OAuthError#INVALID_REQUEST}. */
	public static MalformedMessageException invalid(String member, String detail) {
		return new MalformedMessageException(OAuthError.INVALID_REQUEST, member, detail);
	}

	public OAuthError error() {
		return error;
	}

	/** The member or parameter at fault, e.g. {@code tx_code} or {@code dcql_query}. */
	public String member() {
		return member;
	}

	/** What is wrong with it, for the {@code error_description}. */
	public String detail() {
		String message = getMessage();
		return message.substring(message.indexOf("): ") + 3);
	}
}
