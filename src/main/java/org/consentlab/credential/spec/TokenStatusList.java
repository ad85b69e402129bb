package org.consentlab.credential.spec;

/**
 * The literals of Token Status List
 * (<a href="https://datatracker.ietf.org/doc/draft-ietf-oauth-status-list/">draft-ietf-oauth-status-list</a>).
 */
public final class TokenStatusList {

	/** §5.1: the {@code typ} of a Status List Token in JWT format. */
	public static final String TYPE = "statuslist+jwt";

	/** §5.1: the claim of a Status List Token holding the Status List. */
	public static final String STATUS_LIST = "status_list";

	/** §4.2: the number of bits per referenced token: 1, 2, 4 or 8. */
	public static final String BITS = "bits";

	/** §4.2: the compressed, base64url-encoded status array. */
	public static final String LST = "lst";

	/** §5.1: how long (seconds) the token may be cached before fetching it again. */
	public static final String TTL = "ttl";

	/** §6.2: the reference's index into the list. */
	public static final String IDX = "idx";

	/** §6.2: the reference's URI of the Status List Token. */
	public static final String URI = "uri";

	/** §6.1: the claim of a Referenced Token holding the status reference. */
	public static final String STATUS = "status";

	/** §5.1: the subject of a Status List Token, equal to the referenced {@code uri}. */
	public static final String SUB = "sub";

	/** §5.1: issued at. */
	public static final String IAT = "iat";

	/** §5.1: expiry. */
	public static final String EXP = "exp";

	private TokenStatusList() {}
}
