package org.consentlab.credential.spec;

import java.util.Set;

/**
 * The literals of SD-JWT-based Verifiable Credentials
 * (<a href="https://datatracker.ietf.org/doc/draft-ietf-oauth-sd-jwt-vc/">draft-ietf-oauth-sd-jwt-vc</a>).
 */
public final class SdJwtVc {

	/** §3.2.1: the media type of an SD-JWT VC, used as {@code typ}. */
	public static final String TYPE = "dc+sd-jwt";

	/** §3.2.1: the earlier {@code typ}, accepted only during a transition period. */
	public static final String LEGACY_TYPE = "vc+sd-jwt";

	/** §3.2.2.1.1: the verifiable credential type, required. */
	public static final String VCT = "vct";

	/** §3.2.2.2: the issuer. */
	public static final String ISS = "iss";

	/** §3.2.2.2: issued at. */
	public static final String IAT = "iat";

	/** §3.2.2.2: not before. */
	public static final String NBF = "nbf";

	/** §3.2.2.2: expiry. */
	public static final String EXP = "exp";

	/** §3.2.2.2: the subject. */
	public static final String SUB = "sub";

	/** §3.2.2.2: the status reference (Token Status List). */
	public static final String STATUS = "status";

	/** §3.2.2.2: claims an issuer never makes selectively disclosable ({@code iat} may be). */
	public static final Set<String> NEVER_SELECTIVELY_DISCLOSED = Set.of(ISS, NBF, EXP, Rfc9901.CNF, VCT, STATUS);

	/** §4: the well-known suffix of the JWT VC Issuer Metadata, inserted between host and path of {@code iss}. */
	public static final String WELL_KNOWN_ISSUER_METADATA = "jwt-vc-issuer";

	/** §4.2: the issuer identifier, identical to the credential's {@code iss}; required. */
	public static final String METADATA_ISSUER = "issuer";

	/** §4.2: the issuer's JWK Set by value (RFC 7517). */
	public static final String METADATA_JWKS = "jwks";

	/** §4.2: the issuer's JWK Set by reference; never together with {@code jwks}. */
	public static final String METADATA_JWKS_URI = "jwks_uri";

	/** The {@code vct} the command line uses when the claims file gives none. */
	public static final String DEFAULT_VCT = "urn:consentlab:credential:example";

	private SdJwtVc() {}
}
