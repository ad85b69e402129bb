package org.consentlab.verifier;

/**
 * Why a verifier refuses a response before or beyond the credential checks of the core (whose
 * codes are {@code VerificationErrorCode}s). Explanations in {@code i18n/wallet.properties} under
 * {@code verifier.error.<CODE>}.
 */
public enum TransactionError implements RejectionCode {

	/** The transaction already received a response (OpenID4VP 1.0 §14.1, replay). */
	TRANSACTION_USED("OpenID4VP 1.0 §14.1"),
	/** The transaction is older than its lifetime. */
	TRANSACTION_EXPIRED("OpenID4VP 1.0 §14.1"),
	/** The vp_token is not a JSON object holding one presentation for the credential query (§8.1). */
	VP_TOKEN_MALFORMED("OpenID4VP 1.0 §8.1"),
	/** A signed transaction's answer came as a plain {@code direct_post}: anyone on the way could read it. */
	RESPONSE_NOT_ENCRYPTED("OpenID4VP 1.0 §8.3.1"),
	/** The answer is encrypted, but not to this transaction's key, or was altered on the way. */
	RESPONSE_NOT_DECRYPTABLE("OpenID4VP 1.0 §8.3"),
	/** The decrypted answer carries another transaction's {@code state}. */
	STATE_MISMATCH("OpenID4VP 1.0 §8.2"),
	/** The credential is of another type, or a required claim of the DCQL query is missing (§6.4). */
	QUERY_NOT_SATISFIED("OpenID4VP 1.0 §6.4");

	private final String specSection;

	TransactionError(String specSection) {
		this.specSection = specSection;
	}

	@Override
	public String explanationKey() {
		return "verifier.error." + name();
	}

	@Override
	public String specSection() {
		return this.specSection;
	}
}
