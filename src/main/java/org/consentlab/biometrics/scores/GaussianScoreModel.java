package org.consentlab.biometrics.scores;

import java.util.SplittableRandom;
import org.consentlab.biometrics.BiometricException.Problem;
import org.consentlab.biometrics.Normal;
import org.consentlab.biometrics.Require;

/**
 * Two normal score distributions, higher meaning "more alike": impostor N(μ₀, σ) and genuine
 * N(μ₁, σ), separated by d′ = (μ₁ − μ₀)/σ. A comparison matches when its score reaches the
 * threshold. Equal-variance normals are the textbook model behind an equal error rate
 * (EER e ⇔ d′ = 2·z(1 − e)).
 */
public record GaussianScoreModel(double impostorMean, double genuineMean, double sd) {

	public GaussianScoreModel {
		Require.inRange(sd, Double.MIN_NORMAL, Double.MAX_VALUE, Problem.PARAMETER_OUT_OF_RANGE, "A score spread");
		if (!(genuineMean > impostorMean)) {
			throw new IllegalArgumentException("Genuine scores must sit above impostor scores.");
		}
	}

	/** The model with equal error rate {@code eer} and impostor scores N(0, sd). */
	public static GaussianScoreModel withEqualErrorRate(double eer, double sd) {
		Require.inRange(eer, 1e-12, 0.5 - 1e-9, Problem.PARAMETER_OUT_OF_RANGE, "An equal error rate");
		return new GaussianScoreModel(0, 2 * Normal.upperQuantile(eer) * sd, sd);
	}

	/** Separation of the two distributions in standard deviations. */
	public double dPrime() {
		return (this.genuineMean - this.impostorMean) / this.sd;
	}

	/** P(impostor score ≥ threshold). */
	public double falseMatchRate(double threshold) {
		return Normal.upperTail((threshold - this.impostorMean) / this.sd);
	}

	/** P(genuine score < threshold). */
	public double falseNonMatchRate(double threshold) {
		return Normal.cdf((threshold - this.genuineMean) / this.sd);
	}

	/** The threshold giving false match rate {@code fmr}. */
	public double thresholdForFmr(double fmr) {
		return this.impostorMean + Normal.upperQuantile(fmr) * this.sd;
	}

	/** The threshold where false matches and false non-matches are equally likely. */
	public double equalErrorThreshold() {
		return (this.impostorMean + this.genuineMean) / 2;
	}

	/** The equal error rate of the model. */
	public double equalErrorRate() {
		return falseMatchRate(equalErrorThreshold());
	}

	public double impostorScore(SplittableRandom random) {
		return this.impostorMean + this.sd * random.nextGaussian();
	}

	public double genuineScore(SplittableRandom random) {
		return this.genuineMean + this.sd * random.nextGaussian();
	}
}
