package org.consentlab.labs.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.consentlab.registry.DataCategory;
import org.consentlab.registry.policy.AccessPolicy;
import org.consentlab.registry.policy.AgencyAuthorization;
import org.consentlab.registry.querylog.QueryLog;
import org.consentlab.registry.querylog.WeekOfLife;

/**
 * L2.full-profile over the space of weeks: the answer (the times of the over-served queries) comes
 * from the learner's own seed, and in every simulated year it has so many values that no answer is
 * shared by more than a few learners in a hundred, so a guess, or the answer most often right, rarely
 * passes. (The count it replaced had four values in 2024 and two attempts.)
 */
class FullProfileAnswerProperties {

	private static final int WEEKS = 400;

	@Property(tries = 12)
	void overservedWhenManyWeeksOfOneYearThenAnswersRarelyCoincide(
			@ForAll @IntRange(min = 2024, max = 2027) int year, @ForAll long firstSeed) {
		Map<SortedSet<LocalTime>, Integer> learners = new HashMap<>();
		for (int i = 0; i < WEEKS; i++) {
			long seed = firstSeed + 0x9E3779B97F4A7C15L * i;
			SortedSet<LocalTime> answer = FullProfileCheck.overserved(week(seed, 1 + Math.floorMod(seed, 5_000), year));
			// An empty week has no answer: the learner must make such a query by hand first.
			if (!answer.isEmpty()) {
				learners.merge(answer, 1, Integer::sum);
			}
		}

		int answered = learners.values().stream().mapToInt(Integer::intValue).sum();
		int mostShared =
				learners.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		assertThat(learners.size()).as("distinct answers in %s", year).isGreaterThanOrEqualTo(40);
		assertThat(mostShared)
				.as("learners sharing the commonest answer in %s", year)
				.isLessThanOrEqualTo(answered / 20);
	}

	@Property(tries = 50)
	void timesWhenTheLogIsCopiedAsPrintedThenReadBack(
			@ForAll long seed, @ForAll @IntRange(min = 2024, max = 2027) int year) {
		SortedSet<LocalTime> overserved = FullProfileCheck.overserved(week(seed, 7, year));
		List<String> printed = new ArrayList<>();
		overserved.forEach(t -> printed.add("Tue 5 Mar, " + t));

		if (!overserved.isEmpty()) {
			assertThat(FullProfileCheck.times(String.join("; ", printed))).isEqualTo(overserved);
		}
	}

	/** A lived week as the log holds it, each check allowed or refused by the year's policy. */
	static List<QueryLog.Entry> week(long seed, int subjectId, int year) {
		AgencyAuthorization authority = new AgencyAuthorization(AccessPolicy.inYear(year));
		List<QueryLog.Entry> log = new ArrayList<>();
		for (WeekOfLife.Event e : WeekOfLife.of(seed, subjectId, year)) {
			Optional<DataCategory> refused = authority.refusal(e.query(subjectId, "you", "purpose"));
			log.add(new QueryLog.Entry(
					log.size(),
					subjectId,
					"you",
					e.agency(),
					e.place(),
					e.at(),
					e.categories(),
					"purpose",
					e.need(),
					e.mode(),
					refused.isEmpty(),
					refused));
		}
		return log;
	}
}
