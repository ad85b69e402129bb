package org.consentlab.labs.wallet;

import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.springframework.stereotype.Component;

/** L7: the learner's wallet holds a personal ID received over OpenID4VCI. */
@Component
class ReceivedPidCheck implements TaskCheck {

	private final PersonalIds pids;

	ReceivedPidCheck(PersonalIds pids) {
		this.pids = pids;
	}

	@Override
	public String taskId() {
		return "L7.receive";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		int held = pids.of(learner).size();
		return held > 0 ? CheckResult.pass("check.L7.receive.pass", held) : CheckResult.fail("check.L7.receive.none");
	}
}
