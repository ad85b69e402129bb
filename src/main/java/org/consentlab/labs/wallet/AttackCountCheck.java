package org.consentlab.labs.wallet;

import java.util.Set;
import java.util.TreeSet;
import org.consentlab.account.Account;
import org.consentlab.inspector.Attack;
import org.consentlab.inspector.AttackLog;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.verifier.Transaction;
import org.springframework.stereotype.Component;

/**
 * L9: the learner sent at least {@link #KINDS} different kinds of tampered presentation, and the
 * verifiers' rejection logs show each of them refused with a typed error code.
 */
@Component
class AttackCountCheck implements TaskCheck {

	static final int KINDS = 5;

	private final AttackLog attacks;

	AttackCountCheck(AttackLog attacks) {
		this.attacks = attacks;
	}

	@Override
	public String taskId() {
		return "L9.attacks";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		Set<Attack> rejected = new TreeSet<>();
		boolean accepted = false;
		for (AttackLog.Attempt attempt : attacks.of(learner.id())) {
			if (attempt.status() == Transaction.Status.REJECTED
					&& !attempt.codes().isEmpty()) {
				rejected.add(attempt.attack());
			}
			accepted |= attempt.status() == Transaction.Status.VERIFIED;
		}
		if (rejected.size() >= KINDS) {
			return CheckResult.pass("check.L9.attacks.pass", rejected.size());
		}
		return CheckResult.fail(
				accepted ? "check.L9.attacks.accepted" : "check.L9.attacks.few", rejected.size(), KINDS);
	}
}
