package org.consentlab.labs.scorecard;

import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.springframework.stereotype.Component;

/**
 * L12: how many parties, in both worlds, now hold something about the learner that can never be
 * changed ({@link Scorecard#partiesHoldingFixedItems()}). It is counted from the learner's own week:
 * what the Registry handed to whom, and what the learner's wallet showed to which verifier.
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
		long right = card.partiesHoldingFixedItems();
		if (given == right) {
			return CheckResult.pass("check.L12.irrevocable.pass", right);
		}
		return CheckResult.fail("check.L12.irrevocable.wrong");
	}
}
