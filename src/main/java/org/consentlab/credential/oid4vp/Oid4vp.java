package org.consentlab.credential.oid4vp;

/**
 * Every wire name of OpenID for Verifiable Presentations 1.0 that this app uses, written once, with
 * the section that defines it. The DCQL names are in {@link org.consentlab.credential.dcql.Dcql}.
 */
public final class Oid4vp {

	/** §13.1 (wallet invocation): the custom URL scheme of presentation requests. */
	public static final String SCHEME = "openid4vp://";

	/** §5.2, RFC 6749 §4.1.1 */
	public static final String CLIENT_ID = "client_id";

	/** §5.9.3: the client identifier prefix of an unsigned request whose client id is its response URI. */
	public static final String REDIRECT_URI_PREFIX = "redirect_uri:";

	/** §5.9.3: a signed request whose client id is the hash of its leaf certificate (HAIP 1.0). */
	public static final String X509_HASH_PREFIX = "x509_hash:";

	/** §5.9.3: a signed request whose client id is a DNS name in its leaf certificate. */
	public static final String X509_SAN_DNS_PREFIX = "x509_san_dns:";

	/** §5.9.3: reserved for the Digital Credentials API; a wallet never accepts it in a request. */
	public static final String ORIGIN_PREFIX = "origin:";

	/** §5 (RFC 9101 §10.8): the {@code typ} every request object carries. */
	public static final String REQUEST_OBJECT_TYPE = "oauth-authz-req+jwt";

	/** §5 (RFC 9101 §5.2): where the wallet fetches a request object passed by reference. */
	public static final String REQUEST_URI = "request_uri";

	/** §5.10: how the wallet fetches {@code request_uri}, {@code get} (the default) or {@code post}. */
	public static final String REQUEST_URI_METHOD = "request_uri_method";

	/** §5.10: the value of {@code request_uri_method} asking the wallet to POST. */
	public static final String REQUEST_URI_METHOD_POST = "post";

	/** §5.10: a fresh value the wallet sends with a POST to {@code request_uri}; the request object must echo it. */
	public static final String WALLET_NONCE = "wallet_nonce";

	/** §5.10.1 (RFC 9101 §10.2): the media type of a request object served at {@code request_uri}. */
	public static final String REQUEST_OBJECT_MEDIA_TYPE = "application/oauth-authz-req+jwt";

	/**
	 * §5 (RFC 9101 §5.1): a request object passed by value; also the member of the DC API request
	 * data that carries the signed request (Appendix A.3.2.1).
	 */
	public static final String REQUEST = "request";

	/** §5.4 (RFC 9101): the {@code aud} of a request object under static discovery. */
	public static final String SELF_ISSUED_AUDIENCE = "https://self-issued.me/v2";

	/** RFC 7519 §4.1.3 */
	public static final String AUD = "aud";

	/** §8.3.1: the encrypted direct post. */
	public static final String DIRECT_POST_JWT = "direct_post.jwt";

	/** §8.3.1: the form parameter of an encrypted response. */
	public static final String RESPONSE = "response";

	/** §5.1 */
	public static final String CLIENT_METADATA = "client_metadata";

	/** §11.1, RFC 7591: the verifier's keys, here its response-encryption key. */
	public static final String JWKS = "jwks";

	/** §11.1: the content-encryption algorithms the verifier accepts; {@code A128GCM} when absent. */
	public static final String ENCRYPTED_RESPONSE_ENC_VALUES_SUPPORTED = "encrypted_response_enc_values_supported";

	/** §5.2 */
	public static final String RESPONSE_TYPE = "response_type";

	/** §5.2, §8.1: the response type, and the response parameter carrying the presentations. */
	public static final String VP_TOKEN = "vp_token";

	/** §5.2 */
	public static final String RESPONSE_MODE = "response_mode";

	/** §8.2 */
	public static final String DIRECT_POST = "direct_post";

	/** §8.2 */
	public static final String RESPONSE_URI = "response_uri";

	/** §5.2 */
	public static final String NONCE = "nonce";

	/** §5.2, §8.2 */
	public static final String STATE = "state";

	/** §5.1 */
	public static final String DCQL_QUERY = "dcql_query";

	/** §5.1 */
	public static final String VERIFIER_INFO = "verifier_info";

	/** §5.1 verifier_info */
	public static final String FORMAT = "format";

	/** §5.1 verifier_info */
	public static final String DATA = "data";

	/** §5.1 verifier_info */
	public static final String CREDENTIAL_IDS = "credential_ids";

	/** §8.2: where the verifier sends the wallet after a direct post. */
	public static final String REDIRECT_URI = "redirect_uri";

	/** Appendix A.1: the exchange protocol of a signed request (JWS Compact Serialization) over the DC API. */
	public static final String DC_API_SIGNED = "openid4vp-v1-signed";

	/** Appendix A.2: the response mode of an unencrypted answer through the DC API. */
	public static final String DC_API = "dc_api";

	/** Appendix A.2, §8.3: the response mode of an answer through the DC API encrypted to the verifier. */
	public static final String DC_API_JWT = "dc_api.jwt";

	/** Appendix A.2: the origins a signed request may be used from; the wallet compares the caller's. */
	public static final String EXPECTED_ORIGINS = "expected_origins";

	private Oid4vp() {}
}
