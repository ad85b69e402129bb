package org.consentlab.labs.warmup;

import java.util.EnumSet;
import java.util.Set;
import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.sandbox.World;
import org.consentlab.sandbox.WorldVisits;
import org.springframework.stereotype.Component;

/** L0: the learner has opened both worlds (their visits are recorded in their sandbox). */
@Component
class BothWorldsCheck implements TaskCheck {

	private final WorldVisits visits;

	BothWorldsCheck(WorldVisits visits) {
		this.visits = visits;
	}

	@Override
	public String taskId() {
		return "L0.both-worlds";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		Set<World> missing = EnumSet.allOf(World.class);
		missing.removeAll(visits.visited(learner.id()));
		if (missing.isEmpty()) {
			return CheckResult.pass("check.L0.both-worlds.pass");
		}
		return CheckResult.fail(
				"check.L0.both-worlds.missing",
				CheckResult.term("world." + missing.iterator().next().name()));
	}
}
