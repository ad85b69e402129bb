package org.consentlab.issuer;

import java.util.List;
import java.util.Map;
import org.consentlab.account.Account;
import org.consentlab.credential.sdjwt.ClaimPath;

/**
 * What an issuer issues: one OpenID4VCI credential configuration (OpenID4VCI 1.0 §12.2.4) with its
 * {@code vct} (SD-JWT VC §3.2.2.1.1), and the claims it signs for a learner. An issuer issuing two
 * kinds of document is two types with the same {@link #issuerId}: one metadata document lists both.
 */
interface CredentialType {

	/** The issuer's id in its routes, e.g. {@code pid}. */
	String issuerId();

	/** Message key of the issuer's display name. */
	String nameKey();

	/** Message key of the document's name, e.g. "Work permit". */
	String documentKey();

	/** The credential configuration id in the issuer's metadata and offers. */
	String configurationId();

	String vct();

	/** The claims about this learner, before SD-JWT encoding ({@code iss}, {@code iat} ... are added by the issuer). */
	Map<String, Object> claims(Account learner);

	/**
	 * Every claim this type may carry, containers and their parts, in the order a wallet shows them:
	 * what its Type Metadata labels (SD-JWT VC draft 15 §8). A learner's credential carries some or all.
	 */
	List<ClaimPath> claimPaths();

	/** The selectively disclosable claims among {@link #claims}. */
	List<ClaimPath> disclosable(Map<String, Object> claims);

	/** How many credentials one request may ask for (OpenID4VCI 1.0 §12.2.4 {@code batch_credential_issuance}). */
	default int batchSize() {
		return 1;
	}

	/** Whether its offers can carry a transaction code (OpenID4VCI 1.0 §4.1.1 {@code tx_code}). */
	default boolean offersTxCode() {
		return false;
	}
}
