package org.consentlab.labs.wallet;

import java.util.List;
import org.consentlab.account.Account;
import org.consentlab.inspector.PooledDataset;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.springframework.stereotype.Component;

/**
 * L10: the pairs of rows the learner links in their own pooled dataset are exactly those that share
 * correlation handles: one credential shown twice. Batch members of one person must stay apart.
 */
@Component
class PooledLinksCheck implements TaskCheck {

	@Override
	public String taskId() {
		return "L10.links";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		List<String> given = PooledDataset.pairs(answer);
		if (given.isEmpty()) {
			return CheckResult.fail("check.L10.links.format");
		}
		List<String> links = PooledDataset.of(learner.seed()).links();
		if (given.equals(links)) {
			return CheckResult.pass("check.L10.links.pass", links.size());
		}
		long right = given.stream().filter(links::contains).count();
		return CheckResult.fail("check.L10.links.wrong", right, given.size() - right);
	}
}
