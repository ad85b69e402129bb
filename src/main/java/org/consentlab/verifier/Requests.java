package org.consentlab.verifier;

import org.consentlab.credential.oid4vp.AuthorizationResponse;
import org.consentlab.credential.oid4vp.VpToken;
import org.consentlab.web.Loopback;
import org.springframework.stereotype.Service;

/**
 * A verifier's requests as any wallet meets them, for tools that answer them by hand (the
 * inspector's attacks, lab L9): start a request as the verifier's page does, and write the
 * {@code direct_post} response (OpenID4VP 1.0 §8.2) that carries one presentation for it.
 */
@Service
public class Requests {

	private final VerifierTransactions transactions;

	private final Loopback loopback;

	Requests(VerifierTransactions transactions, Loopback loopback) {
		this.transactions = transactions;
		this.loopback = loopback;
	}

	/** A fresh request of this verifier to the learner, with its own nonce and state. */
	public Transaction start(VerifierProfile profile, long accountId) {
		return transactions.start(profile.id(), accountId, VerifierController.clientId(loopback, profile.id()));
	}

	/** Where the answer to {@code tx} is posted: the verifier's response URI. */
	public String responseUri(Transaction tx) {
		return loopback.publicUrl(VerifierRoutes.of(VerifierRoutes.RESPONSE, tx.verifierId()));
	}

	/** The form body of a {@code direct_post} answer to {@code tx} carrying {@code presentation} (§8.1). */
	public String directPostBody(Transaction tx, String presentation) {
		return AuthorizationResponse.presenting(
						tx.state(), VpToken.of(AuthorizationRequest.CREDENTIAL_QUERY_ID, presentation))
				.toForm();
	}
}
