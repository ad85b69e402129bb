package org.consentlab.verifier;

/**
 * Why a verifier refuses a response before or beyond the credential checks of the core (whose
 * codes are {@code VerificationErrorCode}s). Explanations in {@code i18n/wallet.properties} under
 * {@code verifier.error.<CODE>}.
 */
enum TransactionError {

	/** The transaction already received a response (OpenID4VP 1.0 §14.1, replay). */
	TRANSACTION_USED,
	/** The transaction is older than its lifetime. */
	TRANSACTION_EXPIRED,
	/** The vp_token is not a JSON object holding one presentation for the credential query (§8.1). */
	VP_TOKEN_MALFORMED,
	/** The credential's issuer is not one this verifier trusts for this purpose. */
	UNTRUSTED_ISSUER,
	/** The issuer's metadata or key could not be fetched or did not contain the signing key. */
	ISSUER_KEY_UNAVAILABLE,
	/** The credential is of another type, or a required claim of the DCQL query is missing (§6.4). */
	QUERY_NOT_SATISFIED

}
