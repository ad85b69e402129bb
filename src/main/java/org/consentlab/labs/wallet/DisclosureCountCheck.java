package org.consentlab.labs.wallet;

import java.util.List;
import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.wallet.HeldCredential;
import org.springframework.stereotype.Component;

/**
 * L7: how many disclosures the learner's personal ID carries (one per selectively disclosable
 * claim, nested address parts included: RFC 9901 §4.2.6). It depends on the persona's claims.
 */
@Component
class DisclosureCountCheck implements TaskCheck {

	private final PersonalIds pids;

	DisclosureCountCheck(PersonalIds pids) {
		this.pids = pids;
	}

	@Override
	public String taskId() {
		return "L7.disclosures";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		List<HeldCredential> held = pids.of(learner);
		if (held.isEmpty()) {
			return CheckResult.fail("check.L7.receive.none");
		}
		Long given = CheckResult.number(answer);
		if (given == null) {
			return CheckResult.fail("check.answer.not-a-number");
		}
		int expected = held.get(0).parsed().disclosures().size();
		int digests = countDigests(held.get(0));
		if (given == expected) {
			return CheckResult.pass("check.L7.disclosures.pass", expected);
		}
		if (given == digests) {
			return CheckResult.fail("check.L7.disclosures.digests");
		}
		return CheckResult.fail("check.L7.disclosures.wrong");
	}

	private static int countDigests(HeldCredential held) {
		Object sd = held.parsed().payload().get("_sd");
		return (sd instanceof List) ? ((List<?>) sd).size() : 0;
	}
}
