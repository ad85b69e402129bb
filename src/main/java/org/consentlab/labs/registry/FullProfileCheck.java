package org.consentlab.labs.registry;

import java.time.LocalTime;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.registry.RegistryQuery;
import org.consentlab.registry.RegistryWorld;
import org.consentlab.registry.querylog.QueryLog;
import org.springframework.stereotype.Component;

/**
 * L2: which queries sent the learner's profile (an allowed e-KYC answer) to a checkpoint that
 * needed one fact, named by the time the learner's own query log shows for each. What each
 * checkpoint asks and in which mode differs per person ({@code WeekOfLife}), and every check of the
 * week falls at its own minute, so the answer is a set of the learner's own times: a count alone had
 * four values in a year and could be guessed. A week that over-served nobody has no answer until
 * the learner makes such a query by hand, at a clock time nobody else shares.
 */
@Component
class FullProfileCheck implements TaskCheck {

	/** "15:42", also inside "Tue 5 Mar, 15:42" as the log prints it. */
	private static final Pattern TIME = Pattern.compile("(?<!\\d)([01]?\\d|2[0-3])[:.]([0-5]\\d)(?!\\d)");

	/** More times than any week can hold: a longer answer is not a list of the log's times. */
	private static final int MAX_TIMES = 40;

	private final RegistryWorld world;

	private final QueryLog log;

	FullProfileCheck(RegistryWorld world, QueryLog log) {
		this.world = world;
		this.log = log;
	}

	@Override
	public String taskId() {
		return "L2.full-profile";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		List<QueryLog.Entry> about =
				log.about(learner.id(), world.subjectOf(learner).personId());
		if (about.isEmpty()) {
			return CheckResult.fail("check.L2.not-lived");
		}
		SortedSet<LocalTime> overserved = overserved(about);
		if (overserved.isEmpty()) {
			return CheckResult.fail("check.L2.full-profile.none-yet");
		}
		SortedSet<LocalTime> given = times(answer);
		if (given == null) {
			return CheckResult.fail("check.L2.full-profile.not-times");
		}
		if (given.equals(overserved)) {
			return CheckResult.pass("check.L2.full-profile.pass", overserved.size());
		}
		// No "this one is wrong" or "one is missing": each hint would halve what is left to guess.
		return CheckResult.fail("check.L2.full-profile.wrong");
	}

	/** The clock times of the allowed e-KYC answers to checkpoints that needed one fact. */
	static SortedSet<LocalTime> overserved(List<QueryLog.Entry> about) {
		SortedSet<LocalTime> times = new TreeSet<>();
		about.stream()
				.filter(e ->
						e.allowed() && e.mode() == RegistryQuery.Mode.E_KYC && e.need() == RegistryQuery.Need.ONE_FACT)
				.forEach(e -> times.add(e.at().toLocalTime().withSecond(0).withNano(0)));
		return times;
	}

	/** The times named in an answer, or null when it names none or far too many. */
	static SortedSet<LocalTime> times(String answer) {
		SortedSet<LocalTime> times = new TreeSet<>();
		Matcher matcher = TIME.matcher(answer);
		int found = 0;
		while (matcher.find()) {
			if (++found > MAX_TIMES) {
				return null;
			}
			times.add(LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
		}
		return times.isEmpty() ? null : times;
	}
}
