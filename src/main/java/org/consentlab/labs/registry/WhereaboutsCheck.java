package org.consentlab.labs.registry;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.registry.RegistryWorld;
import org.consentlab.registry.querylog.QueryLog;
import org.consentlab.registry.querylog.Whereabouts;
import org.consentlab.sandbox.Persona;
import org.springframework.stereotype.Component;

/**
 * L2: where the target person was at the moment of the learner's assignment, as the learner's own
 * query log places them (the last logged query at or before that moment).
 */
@Component
class WhereaboutsCheck implements TaskCheck {

	private final RegistryWorld world;

	private final QueryLog log;

	WhereaboutsCheck(RegistryWorld world, QueryLog log) {
		this.world = world;
		this.log = log;
	}

	@Override
	public String taskId() {
		return "L2.whereabouts";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		int target = world.targetOf(learner);
		List<QueryLog.Entry> about = log.about(learner.id(), target);
		LocalDateTime moment = Whereabouts.moment(
				learner.seed(), target, Persona.of(learner.seed()).year());
		Optional<QueryLog.Entry> seen = Whereabouts.lastSeen(about, moment);
		if (seen.isEmpty()) {
			return CheckResult.fail("check.L2.not-lived");
		}
		if (names(seen.get().place(), answer)) {
			return CheckResult.pass("check.L2.whereabouts.pass", seen.get().place());
		}
		for (QueryLog.Entry entry : about) {
			if (names(entry.place(), answer)) {
				return CheckResult.fail("check.L2.whereabouts.other", entry.at());
			}
		}
		return CheckResult.fail("check.L2.whereabouts.unknown");
	}

	/** The whole place, or its name before the first comma ("Hotel Aurora"), in any case. */
	private static boolean names(String place, String answer) {
		String given = answer.trim().toLowerCase(Locale.ROOT);
		String full = place.toLowerCase(Locale.ROOT);
		int comma = full.indexOf(',');
		return !given.isEmpty()
				&& (given.equals(full)
						|| (comma > 0 && given.equals(full.substring(0, comma).trim())));
	}
}
