package org.consentlab.labs.registry;

import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.registry.RegistryWorld;
import org.consentlab.registry.dna.DnaDatabase;
import org.springframework.stereotype.Component;

/**
 * L4: the enrolled relative a familial search finds for the learner's crime-scene sample: any
 * parent, child or full sibling of the donor who is in the DNA database.
 */
@Component
class FamilialLeadCheck implements TaskCheck {

	private final DnaDatabase dna;

	private final RegistryWorld world;

	FamilialLeadCheck(DnaDatabase dna, RegistryWorld world) {
		this.dna = dna;
		this.world = world;
	}

	@Override
	public String taskId() {
		return "L4.relative";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		Long given = CheckResult.number(answer);
		if (given == null || given < 0 || given >= world.population().size()) {
			return CheckResult.fail("check.L4.relative.not-an-id");
		}
		int candidate = given.intValue();
		if (!dna.enrolled(candidate)) {
			return CheckResult.fail("check.L4.relative.not-enrolled", candidate);
		}
		if (!dna.isRelativeOf(dna.sampleOf(learner.seed()), candidate)) {
			return CheckResult.fail("check.L4.relative.not-relative", candidate);
		}
		return CheckResult.pass("check.L4.relative.pass", candidate);
	}
}
