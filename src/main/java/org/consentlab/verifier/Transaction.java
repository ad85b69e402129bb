package org.consentlab.verifier;

import java.time.Instant;
import java.util.List;

/**
 * One OpenID4VP transaction of a verifier with one learner, in explicit states: requested, then
 * verified, rejected, declined or expired.
 *
 * @param learned the claims the verifier received, as JSON, when verified
 * @param disclosed the names of the personal claims it learned (technical ones such as iss left out)
 * @param mode whether it was asked with a signed request and an encrypted answer, or the old way
 * @param skips the check this transaction leaves out for lab L9 ({@link SwitchedOffCheck}), or null:
 *     decided when it started, so answering it reads nothing else
 */
public record Transaction(
		long id,
		String verifierId,
		long accountId,
		String state,
		String nonce,
		String clientId,
		Status status,
		String learned,
		List<String> disclosed,
		Instant createdAt,
		Instant decidedAt,
		RequestMode mode,
		SwitchedOffCheck.Check skips) {

	/** Where a transaction stands. */
	public enum Status {
		REQUESTED,
		VERIFIED,
		REJECTED,
		DECLINED,
		EXPIRED
	}

	public Transaction {
		disclosed = List.copyOf(disclosed);
	}
}
