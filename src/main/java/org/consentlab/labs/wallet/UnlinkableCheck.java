package org.consentlab.labs.wallet;

import java.util.List;
import org.consentlab.account.Account;
import org.consentlab.inspector.Linkage;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.verifier.VerifierProfile;
import org.consentlab.verifier.VerifierTransactions;
import org.consentlab.verifier.Verifiers;
import org.springframework.stereotype.Component;

/**
 * L10: two verifiers accepted presentations of the same kind of credential (the personal ID, say)
 * from the learner that share no correlation handle (no issuer signature, cnf key, status index or
 * disclosure digest in common). Two credentials from one batch pass, and so do two credentials
 * received one after the other. Two different documents (an ID and a work permit) do not count:
 * they were never one credential to unlink.
 */
@Component
class UnlinkableCheck implements TaskCheck {

	private final VerifierTransactions transactions;

	private final Verifiers verifiers;

	UnlinkableCheck(VerifierTransactions transactions, Verifiers verifiers) {
		this.transactions = transactions;
		this.verifiers = verifiers;
	}

	@Override
	public String taskId() {
		return "L10.unlinkable";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		List<Linkage.Pair> pairs = Linkage.pairs(transactions.shown(learner.id(), Linkage.RECENT), this::vct).stream()
				.filter(Linkage.Pair::sameDocument)
				.toList();
		if (pairs.isEmpty()) {
			return CheckResult.fail("check.L10.unlinkable.none");
		}
		return pairs.stream()
				.filter(Linkage.Pair::unlinked)
				.findFirst()
				.map(pair -> CheckResult.pass(
						"check.L10.unlinkable.pass",
						pair.first().transactionId(),
						pair.second().transactionId()))
				.orElseGet(() -> CheckResult.fail(
						"check.L10.unlinkable.linked",
						String.join(", ", pairs.get(0).shared())));
	}

	private String vct(String verifierId) {
		return verifiers.find(verifierId).map(VerifierProfile::vct).orElse(verifierId);
	}
}
