package org.consentlab.verifier;

import java.util.List;
import java.util.Optional;
import org.consentlab.credential.oid4vp.AuthorizationResponse;
import org.consentlab.credential.oid4vp.ClientMetadata;
import org.consentlab.credential.oid4vp.EncryptedResponse;
import org.consentlab.credential.oid4vp.Oid4vp;
import org.consentlab.credential.oid4vp.RequestObject;
import org.consentlab.credential.oid4vp.VpToken;
import org.springframework.stereotype.Service;

/**
 * A verifier's requests as any wallet meets them: start one as the verifier's page does, and, for
 * tools that answer them by hand (the inspector's attacks, lab L9), write the answer that carries one
 * presentation for it, encrypted to the transaction's key when it was a signed request
 * ({@code direct_post.jwt}, OpenID4VP 1.0 §8.3.1), else a plain {@code direct_post} (§8.2).
 */
@Service
public class Requests {

	private final VerifierTransactions transactions;

	private final SignedRequests signed;

	private final ResponseKeys keys;

	Requests(VerifierTransactions transactions, SignedRequests signed, ResponseKeys keys) {
		this.transactions = transactions;
		this.signed = signed;
		this.keys = keys;
	}

	/** A fresh signed request of this verifier to the learner, with its own nonce, state and key. */
	public Transaction start(VerifierProfile profile, long accountId) {
		return start(profile, accountId, RequestMode.SIGNED);
	}

	/** A fresh request in {@code mode}; only a lab that shows what signing prevents asks for an unsigned one. */
	public Transaction start(VerifierProfile profile, long accountId, RequestMode mode) {
		Transaction tx = transactions.start(profile.id(), accountId, signed.clientId(profile.id(), mode), mode);
		if (mode == RequestMode.SIGNED) {
			keys.create(tx);
		}
		return tx;
	}

	/** Where the answer to {@code tx} is posted: the verifier's response URI. */
	public String responseUri(Transaction tx) {
		return signed.responseUri(tx.verifierId());
	}

	/** The form body of an answer to {@code tx} carrying {@code presentation} (§8.1). */
	public String directPostBody(Transaction tx, String presentation) {
		AuthorizationResponse response = answer(tx, presentation);
		return keys.metadata(tx)
				.map(metadata -> Oid4vp.RESPONSE + "="
						+ EncryptedResponse.encrypt(RequestObject.responsePayload(response), metadata))
				.orElseGet(response::toForm);
	}

	/** The answer to {@code tx} that carries {@code presentation}, before it is encrypted or posted (§8.1). */
	public AuthorizationResponse answer(Transaction tx, String presentation) {
		return AuthorizationResponse.presenting(
				tx.state(), VpToken.of(AuthorizationRequest.CREDENTIAL_QUERY_ID, presentation));
	}

	/**
	 * What the request of {@code tx} tells a wallet to encrypt its answer to (§8.3): the public key and
	 * the content encryptions; empty for an unsigned transaction, or once it was decided.
	 */
	public Optional<ClientMetadata> responseEncryption(Transaction tx) {
		return keys.metadata(tx);
	}

	/** Where a wallet fetches the signed request object of {@code tx} (§5.10). */
	public String requestUri(Transaction tx) {
		return signed.requestUri(tx);
	}

	/**
	 * The verifier's access certificate chain as a signed request carries it in {@code x5c}: public,
	 * since every request shows it, and never with its key.
	 */
	public List<String> accessChain(String verifierId) {
		return signed.accessChain(verifierId);
	}
}
