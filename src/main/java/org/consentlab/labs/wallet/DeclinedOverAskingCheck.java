package org.consentlab.labs.wallet;

import java.util.List;
import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.verifier.Transaction;
import org.consentlab.verifier.VerifierTransactions;
import org.springframework.stereotype.Component;

/**
 * L8: the landlord requires claims its purpose does not need (nationality, birthdate), so the only
 * minimal answer is to decline. Its log must show a declined request and no verified one.
 */
@Component
class DeclinedOverAskingCheck implements TaskCheck {

	static final String VERIFIER = "landlord";

	private final VerifierTransactions transactions;

	DeclinedOverAskingCheck(VerifierTransactions transactions) {
		this.transactions = transactions;
	}

	@Override
	public String taskId() {
		return "L8.landlord";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		List<Transaction> log = transactions.of(learner.id(), VERIFIER);
		List<Transaction> verified = log.stream()
				.filter(tx -> tx.status() == Transaction.Status.VERIFIED)
				.toList();
		if (!verified.isEmpty()) {
			return CheckResult.fail(
					"check.L8.landlord.shared",
					String.join(", ", verified.get(0).disclosed()));
		}
		if (log.stream().anyMatch(tx -> tx.status() == Transaction.Status.DECLINED)) {
			return CheckResult.pass("check.L8.landlord.pass");
		}
		return CheckResult.fail("check.L8.landlord.none");
	}
}
