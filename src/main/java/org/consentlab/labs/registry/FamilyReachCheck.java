package org.consentlab.labs.registry;

import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.population.FamilyReach;
import org.consentlab.registry.dna.DnaDatabase;
import org.springframework.stereotype.Component;

/**
 * L4: the share of people outside a DNA database of the learner's assigned coverage who have a
 * parent, child or full sibling in it ({@link FamilyReach}), within 0.005.
 */
@Component
class FamilyReachCheck implements TaskCheck {

	private final DnaDatabase dna;

	FamilyReachCheck(DnaDatabase dna) {
		this.dna = dna;
	}

	@Override
	public String taskId() {
		return "L4.share";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		Double given = CheckResult.decimal(answer);
		if (given == null) {
			return CheckResult.fail("check.answer.not-a-decimal");
		}
		int percent = DnaDatabase.assignedCoveragePercent(learner.seed());
		double expected = dna.reach(percent / 100.0).reachableShareOfOthers();
		if (Math.abs(given - expected) <= 0.005) {
			return CheckResult.pass("check.L4.share.pass", percent, expected);
		}
		return CheckResult.fail("check.L4.share.wrong");
	}
}
