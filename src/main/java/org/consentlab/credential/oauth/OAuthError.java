package org.consentlab.credential.oauth;

import java.util.Arrays;
import java.util.Optional;

/**
 * The closed set of error codes the protocol endpoints send in an OAuth 2.0 error response
 * ({@code {"error": ..., "error_description": ...}}), each with the section that registers it and
 * the HTTP status it goes with.
 */
public enum OAuthError {

	/** A parameter is missing, repeated, malformed or not allowed (RFC 6749 §5.2; OpenID4VP 1.0 §8.5). */
	INVALID_REQUEST("invalid_request", "RFC 6749 §5.2", 400),

	/** The client could not be authenticated (RFC 6749 §5.2). */
	INVALID_CLIENT("invalid_client", "RFC 6749 §5.2", 401),

	/**
	 * The pre-authorised code is unknown, used or expired, or its transaction code is missing or wrong
	 * (RFC 6749 §5.2; OpenID4VCI 1.0 §6.3).
	 */
	INVALID_GRANT("invalid_grant", "RFC 6749 §5.2, OpenID4VCI 1.0 §6.3", 400),

	/** The grant type is not one this server supports (RFC 6749 §5.2). */
	UNSUPPORTED_GRANT_TYPE("unsupported_grant_type", "RFC 6749 §5.2", 400),

	/** The requested scope is unknown (RFC 6749 §5.2; OpenID4VP 1.0 §8.5). */
	INVALID_SCOPE("invalid_scope", "RFC 6749 §5.2", 400),

	/** The access token is missing, unknown or expired (RFC 6750 §3.1; OpenID4VCI 1.0 §8.3.1.1). */
	INVALID_TOKEN("invalid_token", "RFC 6750 §3.1", 401),

	/** The end-user refused (RFC 6749 §4.1.2.1; OpenID4VP 1.0 §8.5). */
	ACCESS_DENIED("access_denied", "RFC 6749 §4.1.2.1, OpenID4VP 1.0 §8.5", 400),

	/** The credential request is malformed (OpenID4VCI 1.0 §8.3.1.2). */
	INVALID_CREDENTIAL_REQUEST("invalid_credential_request", "OpenID4VCI 1.0 §8.3.1.2", 400),

	/** The credential configuration is not one this issuer offers (OpenID4VCI 1.0 §8.3.1.2). */
	UNKNOWN_CREDENTIAL_CONFIGURATION("unknown_credential_configuration", "OpenID4VCI 1.0 §8.3.1.2", 400),

	/** The credential identifier is unknown (OpenID4VCI 1.0 §8.3.1.2). */
	UNKNOWN_CREDENTIAL_IDENTIFIER("unknown_credential_identifier", "OpenID4VCI 1.0 §8.3.1.2", 400),

	/**
	 * The credential format is not supported: the code of the drafts before OpenID4VCI 1.0, which
	 * replaced it with {@link #UNKNOWN_CREDENTIAL_CONFIGURATION}; kept so old wallets' errors read.
	 */
	UNSUPPORTED_CREDENTIAL_FORMAT("unsupported_credential_format", "OpenID4VCI draft 13 §7.3.1.2", 400),

	/** A key proof is missing or invalid (OpenID4VCI 1.0 §8.3.1.2). */
	INVALID_PROOF("invalid_proof", "OpenID4VCI 1.0 §8.3.1.2", 400),

	/** A key proof's nonce is missing, unknown, used or expired (OpenID4VCI 1.0 §8.3.1.2, §7). */
	INVALID_NONCE("invalid_nonce", "OpenID4VCI 1.0 §8.3.1.2", 400),

	/** The credential response encryption parameters are wrong (OpenID4VCI 1.0 §8.3.1.2). */
	INVALID_ENCRYPTION_PARAMETERS("invalid_encryption_parameters", "OpenID4VCI 1.0 §8.3.1.2", 400),

	/** The issuer will not issue this credential (OpenID4VCI 1.0 §8.3.1.2). */
	CREDENTIAL_REQUEST_DENIED("credential_request_denied", "OpenID4VCI 1.0 §8.3.1.2", 400),

	/**
	 * The server cannot handle the request for now, e.g. too many live nonces; the client may try
	 * again later (RFC 6749 §4.1.2.1).
	 */
	TEMPORARILY_UNAVAILABLE("temporarily_unavailable", "RFC 6749 §4.1.2.1", 503),

	/** The server met an unexpected condition: a fault of its own, not of the request (RFC 6749 §4.1.2.1). */
	SERVER_ERROR("server_error", "RFC 6749 §4.1.2.1", 500),

	/** The wallet supports none of the requested formats (OpenID4VP 1.0 §8.5). */
	VP_FORMATS_NOT_SUPPORTED("vp_formats_not_supported", "OpenID4VP 1.0 §8.5", 400),

	/** The {@code request_uri_method} is not supported (OpenID4VP 1.0 §8.5). */
	INVALID_REQUEST_URI_METHOD("invalid_request_uri_method", "OpenID4VP 1.0 §8.5", 400),

	/** The transaction data is malformed or not understood (OpenID4VP 1.0 §8.5). */
	INVALID_TRANSACTION_DATA("invalid_transaction_data", "OpenID4VP 1.0 §8.5", 400),

	/** No wallet answered a request sent to a generic custom scheme (OpenID4VP 1.0 §8.5). */
	WALLET_UNAVAILABLE("wallet_unavailable", "OpenID4VP 1.0 §8.5", 400),

	/** A request object that is not signed as it must be, or whose signer is not trusted (RFC 9101 §6.3). */
	INVALID_REQUEST_OBJECT("invalid_request_object", "RFC 9101 §6.3, OpenID4VP 1.0 §5.9.3", 400);

	/** RFC 6749 §5.2: the member of an error response that holds the code. */
	public static final String ERROR = "error";

	/** RFC 6749 §5.2: the member of an error response that explains it to a developer. */
	public static final String ERROR_DESCRIPTION = "error_description";

	private final String code;

	private final String section;

	private final int status;

	OAuthError(String code, String section, int status) {
		this.code = code;
		this.section = section;
		this.status = status;
	}

	/** The code as it goes on the wire, e.g. {@code invalid_proof}. */
	public String code() {
		return code;
	}

	/** The section that defines the code. */
	public String section() {
		return section;
	}

	/** The HTTP status an endpoint answers with. */
	public int status() {
		return status;
	}

	/** The error with this wire code, if it is one of ours. */
	public static Optional<OAuthError> of(String code) {
		return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst();
	}
}
