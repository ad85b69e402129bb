package org.consentlab.biometrics.iris;

import org.consentlab.biometrics.Binomial;
import org.consentlab.biometrics.BiometricException.Problem;
import org.consentlab.biometrics.Normal;
import org.consentlab.biometrics.Require;

/**
 * The score model of our iris simulation (/sources#iris-model), in closed form.
 *
 * <p>Impostors: one comparison's fractional Hamming distance is Binomial(249, ½)/249 (Daugman,
 * Pattern Recognition 36, 2003: ≈249 degrees of freedom), and the matcher keeps the best of 7
 * rotations: F₇(x) = 1 − (1 − F₀(x))⁷, with F₀ the continuous binomial form. This reproduces
 * Daugman's odds table (largedatabases page) to within about 25 % — the model gives 1 in 21
 * million at HD 0.32 where Daugman gives 1 in 26 million.
 *
 * <p>Genuine comparisons: HD ~ N(0.11, 0.065) truncated to [0, 0.5]. These parameters are recalled
 * from Daugman 2004 but not confirmed, so every figure derived from them is a <em>model</em> value.
 */
public final class IrisModel {

	/** Verification threshold in wide use (Daugman: 1 in 26 million). */
	public static final double VERIFICATION_THRESHOLD = 0.32;

	/** A national-scale 1:N threshold (model FMR ≈ 10⁻¹¹). */
	public static final double NATIONAL_THRESHOLD = 0.28;

	/** The UAE border system: no false matches in 200 billion comparisons (UCAM-CL-TR-635). */
	public static final double UAE_THRESHOLD = 0.262;

	/** Genuine HD mean and s.d. — model values (recalled, not confirmed). */
	public static final double GENUINE_MEAN = 0.11;

	public static final double GENUINE_SD = 0.065;

	private static final double TRUNCATED_MASS =
			Normal.cdf((0.5 - GENUINE_MEAN) / GENUINE_SD) - Normal.cdf(-GENUINE_MEAN / GENUINE_SD);

	private IrisModel() {}

	/** P(impostor HD ≤ hd) for one alignment: the continuous Binomial(249, ½) form. */
	public static double singleAlignmentFmr(double hd) {
		return Binomial.cdf(IrisLayout.BLOCKS * checkThreshold(hd), IrisLayout.BLOCKS, 0.5);
	}

	/** P(impostor best-of-7 HD ≤ hd): the per-comparison false match rate of the matcher. */
	public static double falseMatchRate(double hd) {
		double single = singleAlignmentFmr(hd);
		return -Math.expm1(7 * Math.log1p(-single));
	}

	/**
	 * The best-of-7 FMR our code engine actually has: its distances are multiples of 1/249, so a
	 * threshold admits K ≤ ⌊249·hd⌋ disagreeing blocks (the integer binomial). Slightly below the
	 * continuous form that /sources#iris-model tabulates.
	 */
	public static double engineFalseMatchRate(double hd) {
		double blocks = Math.floor(IrisLayout.BLOCKS * checkThreshold(hd) + 1e-9);
		double single = Binomial.cdf(blocks, IrisLayout.BLOCKS, 0.5);
		return -Math.expm1(7 * Math.log1p(-single));
	}

	/** P(genuine HD > hd) under the truncated normal genuine model (a model value). */
	public static double falseNonMatchRate(double hd) {
		checkThreshold(hd);
		double above = Normal.cdf((0.5 - GENUINE_MEAN) / GENUINE_SD) - Normal.cdf((hd - GENUINE_MEAN) / GENUINE_SD);
		return Math.max(0, above) / TRUNCATED_MASS;
	}

	/** The largest HD threshold whose best-of-7 FMR stays at or below {@code fmr} (bisection). */
	public static double thresholdForFmr(double fmr) {
		Require.probability(fmr, "The false match rate");
		double lo = 0;
		double hi = 0.5;
		for (int i = 0; i < 60; i++) {
			double mid = (lo + hi) / 2;
			if (falseMatchRate(mid) <= fmr) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		return lo;
	}

	static double checkThreshold(double hd) {
		return Require.inRange(
				hd,
				0,
				0.5,
				Problem.THRESHOLD_OUT_OF_RANGE,
				"An iris Hamming-distance threshold (share of disagreeing bits)");
	}
}
