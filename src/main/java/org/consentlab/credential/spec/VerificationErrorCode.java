package org.consentlab.credential.spec;

/**
 * Every reason a verifier rejects an SD-JWT, an SD-JWT VC or a status check: a closed set, each
 * with the specification section it enforces and the key of its learner-facing explanation in
 * {@code i18n/credential.properties}. Callers branch on the code, never on message text.
 */
public enum VerificationErrorCode {

	/** The input is longer than the policy allows (RFC 9901 §7, resource limits). */
	TOKEN_TOO_LARGE("RFC 9901 §7"),
	/** More disclosures than the policy allows (RFC 9901 §7, resource limits). */
	TOO_MANY_DISCLOSURES("RFC 9901 §7"),
	/** JSON nested deeper than the policy allows (RFC 9901 §7, resource limits). */
	JSON_TOO_DEEP("RFC 9901 §7"),
	/** Not of the form {@code <JWT>~<D1>~...~[<KB-JWT>]} (RFC 9901 §4). */
	MALFORMED_SD_JWT("RFC 9901 §4"),
	/** The issuer-signed JWT is not a parseable JWS with a JSON object payload (RFC 9901 §4.1). */
	MALFORMED_ISSUER_JWT("RFC 9901 §4.1"),
	/** A disclosure is not base64url of a JSON array {@code [salt, name, value]} or {@code [salt, value]} (RFC 9901 §4.2). */
	MALFORMED_DISCLOSURE("RFC 9901 §4.2"),
	/** An {@code _sd} is not an array of strings, or a {@code ...} value is not a string (RFC 9901 §4.2.4). */
	MALFORMED_DIGEST("RFC 9901 §4.2.4"),
	/** The JWS uses {@code none}, an HMAC algorithm or one this library does not accept (RFC 9901 §7.1 step 2.1). */
	UNSUPPORTED_ALGORITHM("RFC 9901 §7.1 step 2"),
	/** The header's {@code alg} is not the algorithm of the trusted key (RFC 9901 §7.1 step 2.2). */
	ALGORITHM_MISMATCH("RFC 9901 §7.1 step 2"),
	/** The issuer's signature does not verify with the trusted key (RFC 9901 §7.1 step 2.2). */
	SIGNATURE_INVALID("RFC 9901 §7.1 step 2"),
	/** The credential's {@code iss} is not an issuer the verifier trusts for this purpose (RFC 9901 §7.1 step 2.3). */
	UNTRUSTED_ISSUER("RFC 9901 §7.1 step 2"),
	/** The issuer publishes no usable key under the JWT's {@code kid}, or its metadata cannot be fetched (SD-JWT VC §5). */
	ISSUER_KEY_UNAVAILABLE("SD-JWT VC §5"),
	/** The header's {@code typ} is not one the policy accepts (RFC 9901 §9.11, SD-JWT VC §3.2.1). */
	TYPE_NOT_ACCEPTED("SD-JWT VC §3.2.1"),
	/** The header's {@code typ} is the superseded {@code vc+sd-jwt} (SD-JWT VC §3.2.1). */
	LEGACY_TYPE("SD-JWT VC §3.2.1"),
	/** {@code _sd_alg} names a hash algorithm the verifier does not support (RFC 9901 §7.1 step 3). */
	UNSUPPORTED_HASH_ALGORITHM("RFC 9901 §7.1 step 3"),
	/** A digest appears more than once in the payload and disclosures (RFC 9901 §7.1 step 4). */
	DUPLICATE_DIGEST("RFC 9901 §7.1 step 4"),
	/** The same disclosure is sent twice (RFC 9901 §7.1 step 4). */
	DUPLICATE_DISCLOSURE("RFC 9901 §7.1 step 4"),
	/** A disclosure's digest is not referenced anywhere in the payload (RFC 9901 §7.1 step 5). */
	UNREFERENCED_DISCLOSURE("RFC 9901 §7.1 step 5"),
	/** A disclosure names a claim {@code _sd} or {@code ...} (RFC 9901 §7.1 step 3.2.2.2). */
	FORBIDDEN_CLAIM_NAME("RFC 9901 §7.1 step 3"),
	/** A disclosed claim name already exists in the object it is inserted into (RFC 9901 §7.1 step 3.2.2.3). */
	CLAIM_NAME_CONFLICT("RFC 9901 §7.1 step 3"),
	/** An array-element disclosure is referenced from an object's {@code _sd} (RFC 9901 §7.1 step 3.2.2.1). */
	ARRAY_ELEMENT_IN_OBJECT("RFC 9901 §7.1 step 3"),
	/** An object-property disclosure is referenced from an array element (RFC 9901 §7.1 step 3.2.3.1). */
	OBJECT_PROPERTY_IN_ARRAY("RFC 9901 §7.1 step 3"),
	/** The policy requires key binding and no KB-JWT was sent (RFC 9901 §7.3 step 4). */
	KEY_BINDING_MISSING("RFC 9901 §7.3 step 4"),
	/** A KB-JWT was sent but the credential binds no key ({@code cnf}) (RFC 9901 §4.1.2, SD-JWT VC §3.2.2.2). */
	KEY_BINDING_WITHOUT_CNF("RFC 9901 §4.1.2"),
	/** {@code cnf.jwk} is absent where needed or is not a usable public key (RFC 9901 §4.1.2). */
	CNF_INVALID("RFC 9901 §4.1.2"),
	/** The KB-JWT is not a parseable JWS with a JSON object payload (RFC 9901 §4.3). */
	MALFORMED_KB_JWT("RFC 9901 §4.3"),
	/** The KB-JWT's {@code typ} is not {@code kb+jwt} (RFC 9901 §7.3 step 5.1). */
	KB_JWT_TYPE_INVALID("RFC 9901 §7.3 step 5"),
	/** The KB-JWT's signature does not verify with {@code cnf.jwk} (RFC 9901 §7.3 step 5.2). */
	KB_JWT_SIGNATURE_INVALID("RFC 9901 §7.3 step 5"),
	/** The KB-JWT's {@code iat} is missing or outside the accepted window (RFC 9901 §7.3 step 5.3). */
	KB_JWT_IAT_INVALID("RFC 9901 §7.3 step 5"),
	/** The KB-JWT's {@code nonce} is missing or not the verifier's (RFC 9901 §7.3 step 5.4). */
	NONCE_MISMATCH("RFC 9901 §7.3 step 5"),
	/** The KB-JWT's {@code aud} is missing or not the verifier (RFC 9901 §7.3 step 5.4). */
	AUDIENCE_MISMATCH("RFC 9901 §7.3 step 5"),
	/** The KB-JWT's {@code sd_hash} is missing or not the digest of this presentation (RFC 9901 §7.3 step 5.5). */
	SD_HASH_MISMATCH("RFC 9901 §7.3 step 5"),
	/** The credential has no {@code vct} (SD-JWT VC §3.2.2.1.1). */
	VCT_MISSING("SD-JWT VC §3.2.2.1.1"),
	/** The credential has no {@code iss} (SD-JWT VC §3.2.2.2). */
	ISS_MISSING("SD-JWT VC §3.2.2.2"),
	/** The credential's {@code exp} has passed (SD-JWT VC §3.2.2.2, RFC 7519 §4.1.4). */
	EXPIRED("SD-JWT VC §3.2.2.2"),
	/** The credential's {@code nbf} is still in the future (SD-JWT VC §3.2.2.2, RFC 7519 §4.1.5). */
	NOT_YET_VALID("SD-JWT VC §3.2.2.2"),
	/** The credential's {@code iat} is in the future (SD-JWT VC §3.2.2.2, RFC 7519 §4.1.6). */
	ISSUED_IN_FUTURE("SD-JWT VC §3.2.2.2"),
	/** The {@code status} claim is not {@code {"status_list": {"idx": n, "uri": "..."}}} (Token Status List §6.1). */
	STATUS_MALFORMED("Token Status List §6.1"),
	/** The Status List Token could not be fetched (Token Status List §8). */
	STATUS_LIST_UNAVAILABLE("Token Status List §8"),
	/** The Status List Token is malformed, not {@code statuslist+jwt}, badly signed, for another URI or expired (Token Status List §5.1). */
	STATUS_LIST_INVALID("Token Status List §5.1"),
	/** The Status List decompresses to more bytes than the policy allows (Token Status List §4.1, zip bombs). */
	STATUS_LIST_TOO_LARGE("Token Status List §4.1"),
	/** The reference's {@code idx} lies beyond the end of the Status List (Token Status List §8). */
	STATUS_INDEX_OUT_OF_RANGE("Token Status List §8"),
	/** The issuer has revoked the credential: status INVALID (Token Status List §7.1). */
	REVOKED("Token Status List §7.1"),
	/** The issuer has suspended the credential: status SUSPENDED (Token Status List §7.1). */
	SUSPENDED("Token Status List §7.1");

	private static final String MESSAGE_KEY_PREFIX = "credential.error.";

	private final String specSection;

	VerificationErrorCode(String specSection) {
		this.specSection = specSection;
	}

	/** The specification and section this code enforces, e.g. {@code RFC 9901 §7.1 step 4}. */
	public String specSection() {
		return this.specSection;
	}

	/** The key of this code's learner-facing explanation, e.g. {@code credential.error.DUPLICATE_DIGEST}. */
	public String messageKey() {
		return MESSAGE_KEY_PREFIX + name();
	}
}
