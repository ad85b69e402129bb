package org.consentlab.labs.wallet;

import org.consentlab.account.Account;
import org.consentlab.issuer.IssuerStatus;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.springframework.stereotype.Component;

/**
 * L11: the value of the byte of the live status list that holds the learner's exercise index
 * (Token Status List §4.1: two bits per entry, four entries per byte, the lowest bits first).
 */
@Component
class StatusByteCheck implements TaskCheck {

	static final String ISSUER = "migration";

	private final IssuerStatus status;

	StatusByteCheck(IssuerStatus status) {
		this.status = status;
	}

	@Override
	public String taskId() {
		return "L11.status-byte";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		Long given = CheckResult.number(answer);
		if (given == null) {
			return CheckResult.fail("check.answer.not-a-number");
		}
		int index = status.exerciseIndex(ISSUER, learner.seed());
		int value = status.statusByte(ISSUER, index / 4);
		int entry = (value >> (2 * (index % 4))) & 0b11;
		if (given == value) {
			return CheckResult.pass("check.L11.status-byte.pass", value, index, entry);
		}
		if (given == entry) {
			return CheckResult.fail("check.L11.status-byte.entry");
		}
		return CheckResult.fail("check.L11.status-byte.wrong", index / 4);
	}
}
