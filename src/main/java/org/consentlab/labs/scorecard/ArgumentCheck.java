package org.consentlab.labs.scorecard;

import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.springframework.stereotype.Component;

/**
 * L12: the learner's written argument. The app cannot judge an argument, so it only checks that
 * there is one worth reading; the answer is kept with the attempt, where the instructor reads it.
 */
@Component
class ArgumentCheck implements TaskCheck {

	static final int MIN_WORDS = 80;

	@Override
	public String taskId() {
		return "L12.argument";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		int words = answer.isBlank() ? 0 : answer.strip().split("\\s+").length;
		if (words < MIN_WORDS) {
			return CheckResult.fail("check.L12.argument.short", words, MIN_WORDS);
		}
		return CheckResult.pass(
				learner.classroomId() == null ? "check.L12.argument.saved-solo" : "check.L12.argument.saved", words);
	}
}
