package org.consentlab.labs;

import org.consentlab.account.Account;

/**
 * The closing question of a lab, answered in the learner's own words and read by the instructor on
 * the written-answers page. The app cannot judge a reflection, so it only asks for enough words to
 * be worth reading.
 */
record ReflectionCheck(String taskId) implements TaskCheck {

	static final int MIN_WORDS = 15;

	@Override
	public CheckResult check(Account learner, String answer) {
		int words = answer.isBlank() ? 0 : answer.strip().split("\\s+").length;
		if (words < MIN_WORDS) {
			return CheckResult.fail("check.reflection.short", words, MIN_WORDS);
		}
		return CheckResult.pass(
				learner.classroomId() == null ? "check.reflection.saved-solo" : "check.reflection.saved");
	}
}
