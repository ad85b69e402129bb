package org.consentlab.labs.wallet;

import java.util.Locale;
import org.consentlab.account.Account;
import org.consentlab.inspector.AttackLog;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.verifier.SwitchedOffCheck;
import org.consentlab.verifier.Transaction;
import org.springframework.stereotype.Component;

/**
 * L9: one verifier skips one check for this learner's attacks ({@link SwitchedOffCheck}); the learner
 * names it as {@code verifier = ERROR_CODE}, the code it should have answered. The proof comes first:
 * that verifier must have accepted a tampered presentation of the learner's own, sent from the
 * attacks page, that the missing check stops (RFC 9901 §7.3). Only the weakened verifier can accept
 * one, so the name alone, copied or guessed, never passes.
 */
@Component
class WeakVerifierCheck implements TaskCheck {

	private final AttackLog attacks;

	WeakVerifierCheck(AttackLog attacks) {
		this.attacks = attacks;
	}

	@Override
	public String taskId() {
		return "L9.switched-off";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		String[] pair = answer.split("[=:]", 2);
		if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
			return CheckResult.fail("check.L9.switched-off.format");
		}
		SwitchedOffCheck off = SwitchedOffCheck.of(learner.seed());
		boolean proved = attacks.of(learner.id()).stream()
				.anyMatch(attempt -> attempt.status() == Transaction.Status.VERIFIED
						&& attempt.verifierId().equals(off.verifierId())
						&& attempt.attack().stoppedBy().contains(off.check().code()));
		// The proof before the name: feedback on a name without one would let a guess be tried in turn.
		if (!proved) {
			return CheckResult.fail("check.L9.switched-off.no-proof");
		}
		String verifier = pair[0].strip().toLowerCase(Locale.ROOT);
		String code = pair[1].strip().toUpperCase(Locale.ROOT);
		if (!verifier.equals(off.verifierId())
				|| !code.equals(off.check().code().name())) {
			return CheckResult.fail("check.L9.switched-off.wrong");
		}
		return CheckResult.pass("check.L9.switched-off.pass", code);
	}
}
