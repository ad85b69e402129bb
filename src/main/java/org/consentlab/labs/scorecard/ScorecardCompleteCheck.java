package org.consentlab.labs.scorecard;

import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;

import org.springframework.stereotype.Component;

/**
 * L12: the scorecard has both columns: the week lived in the Registry world (lab L2) and at least
 * {@value #CHECKPOINTS} of its checkpoints answered (or refused) from the learner's wallet.
 */
@Component
class ScorecardCompleteCheck implements TaskCheck {

	static final int CHECKPOINTS = 4;

	private final Scorecards scorecards;

	ScorecardCompleteCheck(Scorecards scorecards) {
		this.scorecards = scorecards;
	}

	@Override
	public String taskId() {
		return "L12.complete";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		Scorecard card = scorecards.of(learner);
		if (!card.lived()) {
			return CheckResult.fail("check.L12.complete.no-week");
		}
		long run = card.walletCheckpointsRun();
		if (run < CHECKPOINTS) {
			return CheckResult.fail("check.L12.complete.few-wallet", run, CHECKPOINTS);
		}
		return CheckResult.pass("check.L12.complete.pass", card.registryItems(), card.walletClaims());
	}
}
