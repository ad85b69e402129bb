package org.consentlab.labs.wallet;

import org.consentlab.account.Account;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.verifier.VerifierProfile;
import org.consentlab.verifier.VerifierTransactions;
import org.consentlab.verifier.Verifiers;
import org.springframework.stereotype.Component;

/**
 * L11: a verifier's rejection log holds a presentation of the learner's refused as {@code REVOKED}:
 * the verifier learned of the revocation from the cached status list, without asking the issuer
 * about this learner.
 */
@Component
class RevokedRejectionCheck implements TaskCheck {

	private final Verifiers verifiers;

	private final VerifierTransactions transactions;

	RevokedRejectionCheck(Verifiers verifiers, VerifierTransactions transactions) {
		this.verifiers = verifiers;
		this.transactions = transactions;
	}

	@Override
	public String taskId() {
		return "L11.rejected";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		for (VerifierProfile verifier : verifiers.all()) {
			boolean revoked = transactions.rejections(learner.id(), verifier.id()).stream()
					.anyMatch(rejection -> rejection.has(VerificationErrorCode.REVOKED));
			if (revoked) {
				return CheckResult.pass("check.L11.rejected.pass");
			}
		}
		return CheckResult.fail("check.L11.rejected.none");
	}
}
