package org.consentlab.credential.oid4vci;

/**
 * Every wire name of OpenID for Verifiable Credential Issuance 1.0 that this app uses, written once,
 * with the section that defines it. Authorization server metadata names come from RFC 8414 §2.
 */
public final class Oid4vci {

	/** §4.1: the custom URL scheme of credential offers. */
	public static final String OFFER_SCHEME = "openid-credential-offer://";

	/** §4.1: the parameter that carries the offer by value. */
	public static final String CREDENTIAL_OFFER = "credential_offer";

	/** §4.1.1 */
	public static final String CREDENTIAL_ISSUER = "credential_issuer";

	/** §4.1.1 */
	public static final String CREDENTIAL_CONFIGURATION_IDS = "credential_configuration_ids";

	/** §4.1.1 */
	public static final String GRANTS = "grants";

	/** §4.1.1, §6.1: the grant type of the pre-authorised code flow. */
	public static final String PRE_AUTHORIZED_CODE_GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code";

	/** §4.1.1, §6.1 */
	public static final String PRE_AUTHORIZED_CODE = "pre-authorized_code";

	/** §4.1.1 (the offer's description of it), §6.1 (the value the holder typed). */
	public static final String TX_CODE = "tx_code";

	/** §4.1.1 tx_code */
	public static final String INPUT_MODE = "input_mode";

	/** §4.1.1 tx_code input modes. */
	public static final String INPUT_MODE_NUMERIC = "numeric";

	public static final String INPUT_MODE_TEXT = "text";

	/** §4.1.1 tx_code */
	public static final String LENGTH = "length";

	/** §4.1.1 tx_code */
	public static final String DESCRIPTION = "description";

	/** §6.1, RFC 6749 §4.1.3 */
	public static final String GRANT_TYPE = "grant_type";

	/** §6.2, RFC 6749 §5.1 */
	public static final String ACCESS_TOKEN = "access_token";

	/** §6.2, RFC 6749 §5.1 */
	public static final String TOKEN_TYPE = "token_type";

	/** RFC 6750: the only token type issued here. */
	public static final String BEARER = "Bearer";

	/** §6.2, RFC 6749 §5.1 */
	public static final String EXPIRES_IN = "expires_in";

	/** §7.2: the nonce response. */
	public static final String C_NONCE = "c_nonce";

	/** §8.2 */
	public static final String CREDENTIAL_CONFIGURATION_ID = "credential_configuration_id";

	/** §8.2 */
	public static final String PROOFS = "proofs";

	/** §8.2.1, Appendix F.1: the JWT proof type. */
	public static final String PROOF_TYPE_JWT = "jwt";

	/** Appendix F.1: the {@code typ} of a key proof JWT. */
	public static final String PROOF_JWT_TYP = "openid4vci-proof+jwt";

	/** Appendix F.1: the key proof's claim holding the c_nonce. */
	public static final String NONCE = "nonce";

	/** §8.3 */
	public static final String CREDENTIALS = "credentials";

	/** §8.3 */
	public static final String CREDENTIAL = "credential";

	/** §12.2.2: the well-known segment of credential issuer metadata. */
	public static final String WELL_KNOWN_ISSUER = "openid-credential-issuer";

	/** RFC 8414 §3: the well-known segment of authorization server metadata. */
	public static final String WELL_KNOWN_AUTHORIZATION_SERVER = "oauth-authorization-server";

	/** §12.2.4 */
	public static final String CREDENTIAL_ENDPOINT = "credential_endpoint";

	/** §12.2.4 */
	public static final String NONCE_ENDPOINT = "nonce_endpoint";

	/** §12.2.4 */
	public static final String BATCH_CREDENTIAL_ISSUANCE = "batch_credential_issuance";

	/** §12.2.4 */
	public static final String BATCH_SIZE = "batch_size";

	/** §12.2.4 */
	public static final String CREDENTIAL_CONFIGURATIONS_SUPPORTED = "credential_configurations_supported";

	/** §12.2.4 */
	public static final String FORMAT = "format";

	/** Appendix A.3.2: the SD-JWT VC type of a configuration. */
	public static final String VCT = "vct";

	/** §12.2.4 */
	public static final String CRYPTOGRAPHIC_BINDING_METHODS_SUPPORTED = "cryptographic_binding_methods_supported";

	/** §12.2.4 */
	public static final String CREDENTIAL_SIGNING_ALG_VALUES_SUPPORTED = "credential_signing_alg_values_supported";

	/** §12.2.4 */
	public static final String PROOF_TYPES_SUPPORTED = "proof_types_supported";

	/** §12.2.4 */
	public static final String PROOF_SIGNING_ALG_VALUES_SUPPORTED = "proof_signing_alg_values_supported";

	/** RFC 8414 §2 */
	public static final String ISSUER = "issuer";

	/** RFC 8414 §2 */
	public static final String TOKEN_ENDPOINT = "token_endpoint";

	/** RFC 8414 §2 */
	public static final String GRANT_TYPES_SUPPORTED = "grant_types_supported";

	/** §12.3 */
	public static final String PRE_AUTHORIZED_GRANT_ANONYMOUS_ACCESS_SUPPORTED =
			"pre-authorized_grant_anonymous_access_supported";

	private Oid4vci() {}
}
