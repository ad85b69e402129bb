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

	private Oid4vp() {}
}
