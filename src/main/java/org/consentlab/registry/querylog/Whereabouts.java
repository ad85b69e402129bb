package org.consentlab.registry.querylog;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.consentlab.biometrics.Seeds;
import org.consentlab.registry.Agency;

/**
 * The analyst's question of lab L2: where was the target person at a given moment? The moment is
 * drawn from the learner's seed a little after one of the target's checks; the answer is read from
 * the query log alone: the place of the last logged query about the target at or before it.
 */
public final class Whereabouts {

	private Whereabouts() {}

	/** The moment the learner is asked about: 15 to 45 minutes after one of the target's non-metro checks. */
	public static LocalDateTime moment(long learnerSeed, int targetId, int year) {
		List<WeekOfLife.Event> week = WeekOfLife.of(learnerSeed, targetId, year).stream()
				.filter(e -> e.agency() != Agency.METRO_CAMERA)
				.toList();
		SplittableRandom random = Seeds.random(learnerSeed, 0x3E7EL, targetId);
		WeekOfLife.Event event = week.get(1 + random.nextInt(week.size() - 1));
		return event.at().plusMinutes(15 + random.nextInt(31));
	}

	/** Where the log last saw the person at or before {@code moment}, if it saw them at all. */
	public static Optional<QueryLog.Entry> lastSeen(List<QueryLog.Entry> about, LocalDateTime moment) {
		QueryLog.Entry last = null;
		for (QueryLog.Entry entry : about) {
			if (!entry.at().isAfter(moment)) {
				last = entry;
			}
		}
		return Optional.ofNullable(last);
	}
}
