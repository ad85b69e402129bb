package org.consentlab.labs.wallet;

import java.util.List;
import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.verifier.RequestMode;
import org.consentlab.verifier.Transaction;
import org.consentlab.verifier.VerifierProfile;
import org.consentlab.verifier.VerifierTransactions;
import org.consentlab.verifier.Verifiers;
import org.springframework.stereotype.Component;

/**
 * L13: the learner was phished in the old unsigned mode. One of their own unsigned transactions
 * (a request by value that anyone can write in any verifier's name) was answered with claims the
 * bar is not registered for: whatever name the request gave itself, the real asker learned more
 * than an age check needs.
 */
@Component
class PhishedCheck implements TaskCheck {

	static final String DISGUISE = "bar";

	private final Verifiers verifiers;

	private final VerifierTransactions transactions;

	PhishedCheck(Verifiers verifiers, VerifierTransactions transactions) {
		this.verifiers = verifiers;
		this.transactions = transactions;
	}

	@Override
	public String taskId() {
		return "L13.phished";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		List<String> registered =
				verifiers.find(DISGUISE).map(VerifierProfile::needed).orElseThrow();
		for (VerifierProfile verifier : verifiers.all()) {
			for (Transaction tx : transactions.of(learner.id(), verifier.id())) {
				List<String> beyond = tx.disclosed().stream()
						.filter(claim -> !registered.contains(claim))
						.toList();
				if (tx.mode() == RequestMode.UNSIGNED
						&& tx.status() == Transaction.Status.VERIFIED
						&& !beyond.isEmpty()) {
					return CheckResult.pass(
							"check.L13.phished.pass", CheckResult.term(verifier.nameKey()), String.join(", ", beyond));
				}
			}
		}
		return CheckResult.fail("check.L13.phished.none");
	}
}
