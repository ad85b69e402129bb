package org.consentlab.labs.wallet;

import java.util.List;
import java.util.Locale;
import org.consentlab.account.Account;
import org.consentlab.credential.oid4vp.RequestObjectException;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.wallet.RefusedRequests;
import org.springframework.stereotype.Component;

/**
 * L13: the learner's own forged request was refused by the wallet, and the answer names the check
 * that stopped it, as the refusal page showed it (OpenID4VP 1.0 §5.9.3). Compared with the codes
 * the wallet recorded for this learner, never with a code printed beforehand.
 */
@Component
class RefusedForgeryCheck implements TaskCheck {

	private final RefusedRequests refusals;

	RefusedForgeryCheck(RefusedRequests refusals) {
		this.refusals = refusals;
	}

	@Override
	public String taskId() {
		return "L13.refused";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		List<RequestObjectException.Failure> mine = refusals.of(learner.id());
		if (mine.isEmpty()) {
			return CheckResult.fail("check.L13.refused.none");
		}
		String given = answer.strip().replace("`", "").replace(' ', '_').toUpperCase(Locale.ROOT);
		for (RequestObjectException.Failure failure : mine) {
			if (failure.name().equals(given)) {
				return CheckResult.pass("check.L13.refused.pass", failure.name(), failure.section());
			}
		}
		return CheckResult.fail("check.L13.refused.wrong");
	}
}
