package org.consentlab.labs.registry;

import java.util.List;
import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.registry.RegistryQuery;
import org.consentlab.registry.RegistryWorld;
import org.consentlab.registry.querylog.QueryLog;
import org.springframework.stereotype.Component;

/**
 * L2: how many queries sent the learner's profile (an allowed e-KYC answer) to a checkpoint that
 * needed one fact, counted from the learner's own query log. What each checkpoint asks and in
 * which mode differs per person ({@code WeekOfLife}), so the count is the learner's own.
 */
@Component
class FullProfileCheck implements TaskCheck {

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
		long overserved = about.stream()
				.filter(e ->
						e.allowed() && e.mode() == RegistryQuery.Mode.E_KYC && e.need() == RegistryQuery.Need.ONE_FACT)
				.count();
		Long given = CheckResult.number(answer);
		if (given == null) {
			return CheckResult.fail("check.answer.not-a-number");
		}
		if (given == overserved) {
			return CheckResult.pass("check.L2.full-profile.pass", overserved);
		}
		// No "higher" or "lower": the counts are small, and a direction would give the answer away.
		return CheckResult.fail("check.L2.full-profile.wrong");
	}
}
