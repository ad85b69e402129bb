package org.consentlab.credential.spec;

/**
 * The literals of RFC 9901, Selective Disclosure for JSON Web Tokens
 * (<a href="https://www.rfc-editor.org/rfc/rfc9901">rfc-editor.org/rfc/rfc9901</a>).
 */
public final class Rfc9901 {

	/** §4.2.4.1: the array of digests of an object's selectively disclosable claims. */
	public static final String SD = "_sd";

	/** §4.1.1: the name of the hash algorithm used for the digests. */
	public static final String SD_ALG = "_sd_alg";

	/** §4.2.4.2: the key of an array element replaced by its digest, {@code {"...": digest}}. */
	public static final String ELLIPSIS = "...";

	/** §4: the separator of the compact serialization {@code <JWT>~<D1>~...~<KB-JWT>}. */
	public static final String SEPARATOR = "~";

	/** §4.1.1: the default hash algorithm when {@code _sd_alg} is absent. */
	public static final String DEFAULT_SD_ALG = "sha-256";

	/** §4.3: the {@code typ} of a Key Binding JWT. */
	public static final String KB_JWT_TYPE = "kb+jwt";

	/** §4.3: the claim of a Key Binding JWT holding the digest of the presentation. */
	public static final String SD_HASH = "sd_hash";

	/** §4.3: the claim of a Key Binding JWT holding the verifier's nonce. */
	public static final String NONCE = "nonce";

	/** §4.3: the claim of a Key Binding JWT naming the verifier. */
	public static final String AUD = "aud";

	/** §4.3: the claim of a Key Binding JWT giving when the holder signed it. */
	public static final String IAT = "iat";

	/** §4.1.2 and RFC 7800 §3.1: the claim carrying the holder's public key. */
	public static final String CNF = "cnf";

	/** RFC 7800 §3.2: the member of {@code cnf} holding a JSON Web Key. */
	public static final String JWK = "jwk";

	/** §9.3: salts carry at least this many bits of entropy. */
	public static final int SALT_BITS = 128;

	private Rfc9901() {}
}
