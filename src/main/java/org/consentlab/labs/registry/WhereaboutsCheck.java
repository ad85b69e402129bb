package org.consentlab.labs.registry;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.registry.RegistryWorld;
import org.consentlab.registry.WorldNames;
import org.consentlab.registry.querylog.QueryLog;
import org.consentlab.registry.querylog.Whereabouts;
import org.consentlab.sandbox.Persona;
import org.springframework.stereotype.Component;

/**
 * L2: where the target person was at the moment of the learner's assignment, as the learner's own
 * query log places them (the last logged query at or before that moment). The place may be named
 * in any language of the course, as the analyst's page showed it in one of them.
 */
@Component
class WhereaboutsCheck implements TaskCheck {

	private final RegistryWorld world;

	private final QueryLog log;

	private final WorldNames places;

	WhereaboutsCheck(RegistryWorld world, QueryLog log, WorldNames places) {
		this.world = world;
		this.log = log;
		this.places = places;
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
			return CheckResult.pass(
					"check.L2.whereabouts.pass", WorldNames.place(seen.get().place()));
		}
		for (QueryLog.Entry entry : about) {
			if (names(entry.place(), answer)) {
				return CheckResult.fail("check.L2.whereabouts.other", entry.at());
			}
		}
		return CheckResult.fail("check.L2.whereabouts.unknown");
	}

	/**
	 * The whole place, or its name before the first comma ("Hotel Aurora", «Гостиница «Аврора»»),
	 * in any language, in any case, with or without quotation marks.
	 */
	private boolean names(String place, String answer) {
		return names(places.placeInEveryLanguage(place), answer);
	}

	/** Whether {@code answer} is one of a place's {@code names}, whole or up to its first comma. */
	static boolean names(Set<String> names, String answer) {
		String given = plain(answer);
		if (given.isEmpty()) {
			return false;
		}
		for (String name : names) {
			String full = plain(name);
			int comma = full.indexOf(',');
			if (given.equals(full)
					|| (comma > 0 && given.equals(full.substring(0, comma).strip()))) {
				return true;
			}
		}
		return false;
	}

	/** Lower case, ё as е, no quotation marks or apostrophes, single spaces. */
	static String plain(String text) {
		return text.toLowerCase(Locale.ROOT)
				.replace('ё', 'е')
				.replaceAll("[\"'«»“”„‘’]", "")
				.replaceAll("\\s+", " ")
				.strip();
	}
}
