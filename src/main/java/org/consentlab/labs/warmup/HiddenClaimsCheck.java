package org.consentlab.labs.warmup;

import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.sandbox.Persona;
import org.springframework.stereotype.Component;

/**
 * L0: the bar asks the wallet for one claim ({@code age_over_18}); how many of the learner's ID
 * claims stay with the learner. Computed from the learner's own credential.
 */
@Component
class HiddenClaimsCheck implements TaskCheck {

	@Override
	public String taskId() {
		return "L0.hidden-claims";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		int claims = Persona.of(learner.seed()).idClaims().size();
		long expected = claims - 1;
		Long given = CheckResult.number(answer);
		if (given == null) {
			return CheckResult.fail("check.answer.not-a-number");
		}
		if (given == expected) {
			return CheckResult.pass("check.L0.hidden-claims.pass", expected, claims);
		}
		if (given == claims) {
			return CheckResult.fail("check.L0.hidden-claims.all");
		}
		return CheckResult.fail("check.L0.hidden-claims.wrong");
	}
}
