package org.consentlab.labs.registry;

import java.util.List;
import java.util.Map;
import org.consentlab.account.Account;
import org.consentlab.biometrics.Seeds;
import org.consentlab.biometrics.identification.RateCurve;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.registry.identification.Identification;
import org.springframework.stereotype.Component;

/**
 * L3: the iris threshold that keeps FPIR at or below the learner's own target (0.5 % to 5 %, from
 * their seed) in a gallery of one million, on the learner's own simulated curve, within
 * {@link #TOLERANCE} of the engine's {@link RateCurve#thresholdForFpir}. The tolerance is one step
 * of the chart's threshold grid, so reading one's own curve passes, while a classmate's threshold,
 * for another target or from another curve, usually does not.
 */
@Component
class IrisThresholdCheck implements TaskCheck {

	static final long MILLION = 1_000_000;

	/** One step of the iris chart's threshold grid (0.0005), and a little for rounding. */
	static final double TOLERANCE = 0.0006;

	/** The targets a learner may be given, as FPIR shares. */
	static final List<Double> TARGETS = List.of(0.005, 0.01, 0.02, 0.03, 0.05);

	private final Identification identification;

	IrisThresholdCheck(Identification identification) {
		this.identification = identification;
	}

	/** The learner's FPIR target. */
	static double target(Account learner) {
		return TARGETS.get(Seeds.random(learner.seed(), 0x7A12L).nextInt(TARGETS.size()));
	}

	/** The target as the prompt shows it: "2%", "0.5%" and as a decimal, "0.02". */
	static Map<String, String> targetParameters(Account learner) {
		double target = target(learner);
		String percent = (target * 100 == Math.rint(target * 100))
				? String.valueOf((int) Math.rint(target * 100))
				: String.valueOf(target * 100);
		return Map.of("target", percent + "%", "target_decimal", String.valueOf(target));
	}

	@Override
	public String taskId() {
		return "L3.threshold";
	}

	@Override
	public Map<String, String> parameters(Account learner) {
		return targetParameters(learner);
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		Double given = CheckResult.decimal(answer);
		if (given == null) {
			return CheckResult.fail("check.answer.not-a-decimal");
		}
		double target = target(learner);
		RateCurve curve = identification.curve(learner.seed(), Identification.Modality.IRIS, MILLION);
		double expected = curve.thresholdForFpir(target);
		if (Math.abs(given - expected) <= TOLERANCE) {
			return CheckResult.pass("check.L3.threshold.pass", expected, target);
		}
		if (given > expected) {
			return CheckResult.fail("check.L3.threshold.loose", curve.fpir(given), target);
		}
		return CheckResult.fail("check.L3.threshold.strict", target);
	}
}
