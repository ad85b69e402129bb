package org.consentlab.labs.scorecard;

import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.springframework.stereotype.Component;

/**
 * L12: how many kinds of data the Registry holds about this learner that can never be changed once
 * leaked. The answer depends on the learner's enrolment path (lab L1): an airport capture takes more.
 */
@Component
class IrrevocableItemsCheck implements TaskCheck {

	private final Scorecards scorecards;

	IrrevocableItemsCheck(Scorecards scorecards) {
		this.scorecards = scorecards;
	}

	@Override
	public String taskId() {
		return "L12.irrevocable";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		Scorecard card = scorecards.of(learner);
		if (card.held().isEmpty()) {
			return CheckResult.fail("check.L12.irrevocable.not-enrolled");
		}
		Long given = CheckResult.number(answer);
		if (given == null) {
			return CheckResult.fail("check.answer.not-a-number");
		}
		int right = card.irrevocable().size();
		if (given == right) {
			return CheckResult.pass("check.L12.irrevocable.pass", right);
		}
		return CheckResult.fail(given > right ? "check.L12.irrevocable.too-many" : "check.L12.irrevocable.too-few");
	}
}
