package org.consentlab.labs.registry;

import org.consentlab.account.Account;
import org.consentlab.biometrics.identification.RateCurve;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.registry.identification.Identification;
import org.springframework.stereotype.Component;

/**
 * L3: the iris threshold that keeps FPIR at or below 1% in a gallery of one million, for the
 * learner's own seed, within 0.0015 of the engine's own {@link RateCurve#thresholdForFpir}.
 */
@Component
class IrisThresholdCheck implements TaskCheck {

	static final long MILLION = 1_000_000;

	static final double TOLERANCE = 0.0015;

	private final Identification identification;

	IrisThresholdCheck(Identification identification) {
		this.identification = identification;
	}

	@Override
	public String taskId() {
		return "L3.threshold";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		Double given = CheckResult.decimal(answer);
		if (given == null) {
			return CheckResult.fail("check.answer.not-a-decimal");
		}
		RateCurve curve = identification.curve(learner.seed(), Identification.Modality.IRIS, MILLION);
		double expected = curve.thresholdForFpir(0.01);
		if (Math.abs(given - expected) <= TOLERANCE) {
			return CheckResult.pass("check.L3.threshold.pass", expected);
		}
		if (given > expected) {
			return CheckResult.fail("check.L3.threshold.loose", curve.fpir(given));
		}
		return CheckResult.fail("check.L3.threshold.strict");
	}
}
