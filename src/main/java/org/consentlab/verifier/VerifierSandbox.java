package org.consentlab.verifier;

import org.consentlab.credential.spec.VerificationErrorCode;
import org.consentlab.sandbox.SandboxPart;
import org.springframework.stereotype.Component;

/** What the verifiers keep for a learner, as parts a reset can clear. */
final class VerifierSandbox {

	private VerifierSandbox() {}

	/** {@code verifier.transactions}: every transaction, with what was learned and every rejection. */
	@Component
	static class Transactions implements SandboxPart {

		private final VerifierTransactions transactions;

		Transactions(VerifierTransactions transactions) {
			this.transactions = transactions;
		}

		@Override
		public String id() {
			return "verifier.transactions";
		}

		@Override
		public void clear(long accountId) {
			transactions.forgetTransactions(accountId);
		}
	}

	/**
	 * {@code verifier.revocation-refusals}: the rejections that carry {@code REVOKED} (Token Status
	 * List §7.1), so the learner can show again that a verifier notices a revocation.
	 */
	@Component
	static class RevocationRefusals implements SandboxPart {

		private final VerifierTransactions transactions;

		RevocationRefusals(VerifierTransactions transactions) {
			this.transactions = transactions;
		}

		@Override
		public String id() {
			return "verifier.revocation-refusals";
		}

		@Override
		public void clear(long accountId) {
			transactions.forgetRejections(accountId, RejectionCode.of(VerificationErrorCode.REVOKED));
		}
	}
}
