package org.consentlab.labs.registry;

import java.util.Optional;
import java.util.Set;
import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.registry.DataCategory;
import org.consentlab.registry.enrolment.Enrolments;
import org.consentlab.registry.policy.AccessPolicy;
import org.consentlab.sandbox.Persona;
import org.springframework.stereotype.Component;

/**
 * L1: how many agencies may read at least one kind of data held about the learner, under the
 * access policy of the persona's year. Computed from the enrolment record and the policy.
 */
@Component
class ReadersCheck implements TaskCheck {

	private final Enrolments enrolments;

	ReadersCheck(Enrolments enrolments) {
		this.enrolments = enrolments;
	}

	@Override
	public String taskId() {
		return "L1.readers";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		Optional<Set<DataCategory>> held = enrolments.held(learner.id());
		if (held.isEmpty()) {
			return CheckResult.fail("check.L1.not-enrolled");
		}
		int year = Persona.of(learner.seed()).year();
		long expected = AccessPolicy.inYear(year).partiesReadingAnyOf(held.get());
		Long given = CheckResult.number(answer);
		if (given == null) {
			return CheckResult.fail("check.answer.not-a-number");
		}
		if (given == expected) {
			return CheckResult.pass("check.L1.readers.pass", expected, year);
		}
		// No "higher" or "lower": from so few possible answers, a direction would give it away.
		return CheckResult.fail("check.L1.readers.wrong", year);
	}
}
