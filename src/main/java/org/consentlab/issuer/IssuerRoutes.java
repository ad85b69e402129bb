package org.consentlab.issuer;

import org.consentlab.credential.oid4vci.Oid4vci;
import org.consentlab.credential.spec.SdJwtVc;

/**
 * Every path of the issuers, named once. {@code {id}} is the issuer's id ({@code pid}). The
 * well-known segments go between the host and the issuer identifier's path, as OpenID4VCI 1.0
 * §12.2.2, RFC 8414 §3 and SD-JWT VC §5 (JWT VC Issuer Metadata) define.
 */
public final class IssuerRoutes {

	/** The issuer's page for learners: the credential offer as a link and a QR code. */
	public static final String PAGE = "/issuers/{id}";

	public static final String TOKEN = "/issuers/{id}/token";

	public static final String NONCE = "/issuers/{id}/nonce";

	public static final String CREDENTIAL = "/issuers/{id}/credential";

	/**
	 * The issuer's Status List Token (Token Status List §8), signed by its newest key.
	 */
	public static final String STATUS = "/issuers/{id}/status";

	/**
	 * The issuer's further Status List Tokens, numbered from 1, opened as earlier lists fill (list 0
	 * is {@link #STATUS}).
	 */
	public static final String STATUS_LIST = "/issuers/{id}/status/{list}";

	/** The learner reports their document lost: the issuer revokes it (POST, a learner page). */
	public static final String REVOKE = "/issuers/{id}/revoke";

	/** Solo mode: the learner suspends what the issuer gave them (POST, a learner page). */
	public static final String SUSPEND = "/issuers/{id}/suspend";

	/** Solo mode: the learner lifts the suspension (POST, a learner page). */
	public static final String REINSTATE = "/issuers/{id}/reinstate";

	/**
	 * SD-JWT VC draft 15 §5: the Type Metadata of one type the issuer issues, named by the
	 * {@code vct} query parameter ({@link org.consentlab.credential.vc.TypeMetadata#location}).
	 */
	public static final String TYPE_METADATA = "/issuers/{id}" + SdJwtVc.TYPE_METADATA_PATH;

	/** A new signing key, the old one kept in the JWKS for a grace period (POST). */
	public static final String ROTATE = "/issuers/{id}/keys/rotate";

	/** Ends the grace period of rotated-out keys (POST). */
	public static final String RETIRE = "/issuers/{id}/keys/retire";

	/** OpenID4VCI 1.0 §12.2.2 Credential Issuer Metadata. */
	public static final String VCI_METADATA = "/.well-known/" + Oid4vci.WELL_KNOWN_ISSUER + "/issuers/{id}";

	/** RFC 8414 §3 Authorization Server Metadata: the token endpoint of the pre-authorised code flow. */
	public static final String AS_METADATA =
			"/.well-known/" + Oid4vci.WELL_KNOWN_AUTHORIZATION_SERVER + "/issuers/{id}";

	/** SD-JWT VC §5 JWT VC Issuer Metadata: the issuer's public keys (JWKS). */
	public static final String JWT_VC_METADATA = "/.well-known/jwt-vc-issuer/issuers/{id}";

	private IssuerRoutes() {}

	/** A route with the issuer id filled in. */
	public static String of(String route, String issuerId) {
		return route.replace("{id}", issuerId);
	}
}
