package org.consentlab.labs.registry;

import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.registry.enrolment.Enrolments;
import org.springframework.stereotype.Component;

/** L1: the learner went through the capture station; read from their enrolment record. */
@Component
class EnrolledCheck implements TaskCheck {

	private final Enrolments enrolments;

	EnrolledCheck(Enrolments enrolments) {
		this.enrolments = enrolments;
	}

	@Override
	public String taskId() {
		return "L1.enrol";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		return enrolments
				.held(learner.id())
				.map(held -> CheckResult.pass("check.L1.enrol.pass", held.size()))
				.orElseGet(() -> CheckResult.fail("check.L1.not-enrolled"));
	}
}
