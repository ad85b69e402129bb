package org.consentlab.labs.registry;

import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.population.FamilyReach;
import org.consentlab.registry.dna.DnaDatabase;
import org.springframework.stereotype.Component;

/**
 * L4: the share of people outside a DNA database of the learner's assigned coverage who have a
 * parent, child or full sibling in it ({@link FamilyReach}). The coverage and the database both
 * come from the learner's seed, and the page gives exact counts, so the tolerance only forgives
 * rounding to three decimals: a neighbour's share, from another database, does not pass.
 */
@Component
class FamilyReachCheck implements TaskCheck {

	static final double TOLERANCE = 0.0005;

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
		double percent = DnaDatabase.assignedCoveragePercent(learner.seed());
		double expected = dna.reach(percent / 100.0, learner.seed()).reachableShareOfOthers();
		if (Math.abs(given - expected) <= TOLERANCE) {
			return CheckResult.pass("check.L4.share.pass", percent, expected);
		}
		return CheckResult.fail("check.L4.share.wrong");
	}
}
