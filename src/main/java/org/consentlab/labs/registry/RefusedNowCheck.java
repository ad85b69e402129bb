package org.consentlab.labs.registry;

import java.util.List;
import java.util.Optional;
import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.registry.RegistryWorld;
import org.consentlab.registry.policy.AccessPolicy;
import org.consentlab.registry.policy.AgencyAuthorization;
import org.consentlab.registry.policy.PolicyStore;
import org.consentlab.registry.querylog.QueryLog;
import org.springframework.stereotype.Component;

/** L6: how many queries of the learner's own logged week their saved policy refuses. */
@Component
class RefusedNowCheck implements TaskCheck {

	private final PolicyStore policies;

	private final QueryLog log;

	private final RegistryWorld world;

	RefusedNowCheck(PolicyStore policies, QueryLog log, RegistryWorld world) {
		this.policies = policies;
		this.log = log;
		this.world = world;
	}

	@Override
	public String taskId() {
		return "L6.refused-now";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		Optional<AccessPolicy> saved = policies.saved(learner.id());
		if (saved.isEmpty()) {
			return CheckResult.fail("check.L6.not-saved");
		}
		List<QueryLog.Entry> week =
				log.about(learner.id(), world.subjectOf(learner).personId());
		if (week.isEmpty()) {
			return CheckResult.fail("check.L6.refused.no-week");
		}
		AgencyAuthorization rules = new AgencyAuthorization(saved.get());
		long refused = week.stream()
				.filter(e -> rules.refusal(e.asQuery()).isPresent())
				.count();
		Long given = CheckResult.number(answer);
		if (given == null) {
			return CheckResult.fail("check.answer.not-a-number");
		}
		if (given == refused) {
			return CheckResult.pass("check.L6.refused.pass", refused);
		}
		// No "higher" or "lower": the counts are small, and a direction would give the answer away.
		return CheckResult.fail("check.L6.refused.wrong");
	}
}
