package org.consentlab.labs.warmup;

import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.registry.DataCategory;
import org.consentlab.registry.policy.AccessPolicy;
import org.consentlab.sandbox.Persona;
import org.springframework.stereotype.Component;

/**
 * L0: how many parties may read the learner's fingerprints in the Registry world. Computed from the
 * access policy of the learner's own year, so classmates get different answers.
 */
@Component
class FingerprintPartiesCheck implements TaskCheck {

	@Override
	public String taskId() {
		return "L0.fingerprint-parties";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		int year = Persona.of(learner.seed()).year();
		long expected = AccessPolicy.inYear(year).partiesWithAccessTo(DataCategory.FINGERPRINTS);
		Long given = CheckResult.number(answer);
		if (given == null) {
			return CheckResult.fail("check.answer.not-a-number");
		}
		if (given == expected) {
			return CheckResult.pass("check.L0.fingerprint-parties.pass", expected, year);
		}
		// No "higher" or "lower": from so few possible answers, a direction would give it away.
		return CheckResult.fail("check.L0.fingerprint-parties.wrong", year);
	}
}
