package org.consentlab.credential.spec;

import java.util.Set;

/**
 * The literals of SD-JWT-based Verifiable Credentials
 * (<a href="https://datatracker.ietf.org/doc/draft-ietf-oauth-sd-jwt-vc/">draft-ietf-oauth-sd-jwt-vc</a>).
 * Section numbers are those of
 * <a href="https://datatracker.ietf.org/doc/html/draft-ietf-oauth-sd-jwt-vc-15">draft 15</a>.
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

	/** §3.2.2.2 and §6: the integrity of the Type Metadata document of {@code vct}, a W3C SRI string. */
	public static final String VCT_INTEGRITY = "vct#integrity";

	/** §3.2.2.2: claims an issuer never makes selectively disclosable ({@code iat} may be). */
	public static final Set<String> NEVER_SELECTIVELY_DISCLOSED =
			Set.of(ISS, NBF, EXP, Rfc9901.CNF, VCT, VCT_INTEGRITY, STATUS);

	/** §4: the well-known suffix of the JWT VC Issuer Metadata, inserted between host and path of {@code iss}. */
	public static final String WELL_KNOWN_ISSUER_METADATA = "jwt-vc-issuer";

	/** §4.2: the issuer identifier, identical to the credential's {@code iss}; required. */
	public static final String METADATA_ISSUER = "issuer";

	/** §4.2: the issuer's JWK Set by value (RFC 7517). */
	public static final String METADATA_JWKS = "jwks";

	/** §4.2: the issuer's JWK Set by reference; never together with {@code jwks}. */
	public static final String METADATA_JWKS_URI = "jwks_uri";

	/** §5.2: the type a Type Metadata document describes, identical to the credential's {@code vct}. */
	public static final String TYPE_VCT = "vct";

	/** §5.2 and §7: a name of the type; for developers at the top level, for end users in a display entry. */
	public static final String TYPE_NAME = "name";

	/** §5.2, §7 and §8.2: a description, of the type or of a claim. */
	public static final String TYPE_DESCRIPTION = "description";

	/** §5.2, §5.4: the type this one extends; not followed here, so a document that names one is refused. */
	public static final String TYPE_EXTENDS = "extends";

	/** §5.2 and §8: display entries, one per locale, of the type or of a claim. */
	public static final String TYPE_DISPLAY = "display";

	/** §5.2 and §8: the claim metadata array. */
	public static final String TYPE_CLAIMS = "claims";

	/** §7 and §8.2: the language tag of a display entry (RFC 5646). */
	public static final String TYPE_LOCALE = "locale";

	/** The language tag of a display entry as drafts before -12 spelled it; read, never written. */
	public static final String TYPE_LANG = "lang";

	/** §8.2: a claim's label for end users. */
	public static final String TYPE_LABEL = "label";

	/** §8.1: the claim path, names, indices and null. */
	public static final String TYPE_PATH = "path";

	/** §8.3: whether the issuer must include the claim. */
	public static final String TYPE_MANDATORY = "mandatory";

	/** §8.4: whether the claim is selectively disclosable, {@code always}, {@code allowed} or {@code never}. */
	public static final String TYPE_SD = "sd";

	/**
	 * §5.3.3, a retrieval method this app's ecosystem defines for its {@code urn:} types: the issuer
	 * of a credential publishes the Type Metadata of each type it issues at its identifier plus this
	 * path, with the type as the {@link #TYPE_METADATA_QUERY} query parameter.
	 */
	public static final String TYPE_METADATA_PATH = "/type-metadata";

	/** §5.3.3: the query parameter naming the type at {@link #TYPE_METADATA_PATH}. */
	public static final String TYPE_METADATA_QUERY = "vct";

	/** The {@code vct} the command line uses when the claims file gives none. */
	public static final String DEFAULT_VCT = "urn:consentlab:credential:example";

	private SdJwtVc() {}
}
