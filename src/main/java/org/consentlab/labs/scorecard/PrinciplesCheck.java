package org.consentlab.labs.scorecard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.springframework.stereotype.Component;

/**
 * L12: the learner names the principle behind each of the scorecard's three statements, A, B and C,
 * which appear in an order drawn from the learner's seed, so answers differ between neighbours.
 */
@Component
class PrinciplesCheck implements TaskCheck {

	private final Scorecards scorecards;

	PrinciplesCheck(Scorecards scorecards) {
		this.scorecards = scorecards;
	}

	@Override
	public String taskId() {
		return "L12.principles";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		List<Principle> expected = scorecards.of(learner).statements();
		String[] parts = answer.split("[,;\\n]");
		if (parts.length != expected.size()) {
			return CheckResult.fail("check.L12.principles.three");
		}
		List<Principle> given = new ArrayList<>();
		for (String part : parts) {
			Optional<Principle> read = Principle.read(part);
			if (read.isEmpty()) {
				return CheckResult.fail("check.L12.principles.unknown", part.strip());
			}
			given.add(read.get());
		}
		for (int i = 0; i < expected.size(); i++) {
			if (given.get(i) != expected.get(i)) {
				return CheckResult.fail("check.L12.principles.wrong", (char) ('A' + i));
			}
		}
		return CheckResult.pass("check.L12.principles.pass");
	}
}
