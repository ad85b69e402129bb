package org.consentlab.labs.registry;

import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.registry.identification.Identification;
import org.consentlab.registry.identification.ScanRecords;
import org.springframework.stereotype.Component;

/**
 * L3: how many false candidates the learner's own real iris search of one million returned at a
 * Hamming distance of 0.35, read from their latest such search that ran to the end.
 */
@Component
class ScanFalseMatchesCheck implements TaskCheck {

	static final int MILLION = 1_000_000;

	static final double THRESHOLD = 0.35;

	private final ScanRecords scans;

	ScanFalseMatchesCheck(ScanRecords scans) {
		this.scans = scans;
	}

	@Override
	public String taskId() {
		return "L3.scan";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		var scan = scans.latest(learner.id(), Identification.Modality.IRIS, MILLION, THRESHOLD);
		if (scan.isEmpty()) {
			return CheckResult.fail("check.L3.scan.none");
		}
		Long given = CheckResult.number(answer);
		if (given == null) {
			return CheckResult.fail("check.answer.not-a-number");
		}
		int expected = scan.get().falseCandidates();
		if (given == expected) {
			return CheckResult.pass("check.L3.scan.pass", expected);
		}
		return CheckResult.fail(
				given == scan.get().candidates() ? "check.L3.scan.counted-self" : "check.L3.scan.wrong");
	}
}
