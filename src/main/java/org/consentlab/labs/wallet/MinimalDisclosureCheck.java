package org.consentlab.labs.wallet;

import java.util.List;
import java.util.TreeSet;
import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.verifier.Transaction;
import org.consentlab.verifier.VerifierProfile;
import org.consentlab.verifier.VerifierTransactions;
import org.consentlab.verifier.Verifiers;

/**
 * L8: the verifier's own transaction log holds a verified presentation from this learner with
 * exactly the claims its purpose needs: not one more. One instance per verifier.
 */
class MinimalDisclosureCheck implements TaskCheck {

	private final String verifierId;

	private final Verifiers verifiers;

	private final VerifierTransactions transactions;

	MinimalDisclosureCheck(String verifierId, Verifiers verifiers, VerifierTransactions transactions) {
		this.verifierId = verifierId;
		this.verifiers = verifiers;
		this.transactions = transactions;
	}

	@Override
	public String taskId() {
		return "L8." + verifierId;
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		VerifierProfile profile = verifiers.find(verifierId).orElseThrow();
		List<String> needed = List.copyOf(new TreeSet<>(profile.needed()));
		List<Transaction> verified = transactions.of(learner.id(), verifierId).stream()
				.filter(tx -> tx.status() == Transaction.Status.VERIFIED)
				.toList();
		if (verified.isEmpty()) {
			return CheckResult.fail("check.L8.none");
		}
		if (verified.stream().anyMatch(tx -> tx.disclosed().equals(needed))) {
			return CheckResult.pass("check.L8.minimal", String.join(", ", needed));
		}
		List<String> learned = verified.get(0).disclosed();
		return CheckResult.fail("check.L8.too-much", String.join(", ", learned), String.join(", ", needed));
	}
}
