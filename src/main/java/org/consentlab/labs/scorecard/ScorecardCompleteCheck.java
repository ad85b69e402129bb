package org.consentlab.labs.scorecard;

import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.springframework.stereotype.Component;

/**
 * L12: the scorecard has both columns: the week lived in the Registry world (lab L2), and every
 * checkpoint of the week that has a Wallet-world verifier answered (or refused) from the wallet.
 */
@Component
class ScorecardCompleteCheck implements TaskCheck {

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
		long waiting = card.walletCheckpointsWaiting();
		if (waiting > 0) {
			return CheckResult.fail("check.L12.complete.wallet-waiting", waiting);
		}
		return CheckResult.pass("check.L12.complete.pass", card.registryItems(), card.walletClaims());
	}
}
