package org.consentlab.labs.registry;

import org.consentlab.account.Account;
import org.consentlab.biometrics.identification.RateCurve;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.registry.identification.Identification;
import org.springframework.stereotype.Component;

/**
 * L3: the FNIR that the iris threshold of the learner's own FPIR target costs at one million, for the learner's seed, within
 * 30% (or 0.0005, whichever is larger) of the engine's own value at its own threshold.
 */
@Component
class IrisFnirCheck implements TaskCheck {

	private final Identification identification;

	IrisFnirCheck(Identification identification) {
		this.identification = identification;
	}

	@Override
	public String taskId() {
		return "L3.fnir";
	}

	@Override
	public java.util.Map<String, String> parameters(Account learner) {
		return IrisThresholdCheck.targetParameters(learner);
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		Double given = CheckResult.decimal(answer);
		if (given == null) {
			return CheckResult.fail("check.answer.not-a-decimal");
		}
		RateCurve curve =
				identification.curve(learner.seed(), Identification.Modality.IRIS, IrisThresholdCheck.MILLION);
		double expected = curve.fnir(curve.thresholdForFpir(IrisThresholdCheck.target(learner)));
		if (Math.abs(given - expected) <= Math.max(0.0005, 0.3 * expected)) {
			return CheckResult.pass("check.L3.fnir.pass", expected);
		}
		return CheckResult.fail(given > expected ? "check.L3.fnir.high" : "check.L3.fnir.low");
	}
}
