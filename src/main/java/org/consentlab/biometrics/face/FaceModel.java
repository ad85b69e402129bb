package org.consentlab.biometrics.face;

import java.util.SplittableRandom;
import org.consentlab.biometrics.BiometricException.Problem;
import org.consentlab.biometrics.Normal;
import org.consentlab.biometrics.Require;

/**
 * The face score model of the course's Sources & methods page, /sources#face-model (our model,
 * fitted to NIST figures).
 *
 * <p>Impostor cosines are drawn as N(0, 0.0707) directly, as /sources#face-model explains: real random unit
 * vectors in 200 dimensions have a lighter tail, which would put the realised FMR 2–8 × below the
 * nominal one. Genuine cosines come from two captures x = norm(c + r·g) of one identity, computed
 * through the exact scalar decomposition of the two vectors in d = 200 dimensions (the chi-square
 * parts by the Wilson–Hilferty approximation, accurate to well under 1 % at 200 degrees of
 * freedom).
 */
public final class FaceModel {

	/** Effective dimension of the identity space (chosen to match the published impostor spread). */
	public static final int EFFECTIVE_DIMENSIONS = 200;

	/** Impostor cosine s.d. = 1/√200. */
	public static final double IMPOSTOR_SD = 1 / Math.sqrt(EFFECTIVE_DIMENSIONS);

	/** Threshold for FMR 10⁻⁴ (z · 0.0707). */
	public static final double THRESHOLD_FMR_1E4 = 0.263;

	/** Threshold for FMR 10⁻⁵: NIST 1:1 mugshot operating point. */
	public static final double THRESHOLD_FMR_1E5 = 0.302;

	/** Threshold for FMR 10⁻⁶: NIST 1:1 visa/border operating point. */
	public static final double THRESHOLD_FMR_1E6 = 0.336;

	/** 1:N threshold for FPIR 0.003 at N = 12 million (NIST FRTE 1:N definition). */
	public static final double THRESHOLD_ONE_TO_N = 0.440;

	private FaceModel() {}

	/** The cosine threshold giving false match rate {@code fmr} for the reference group. */
	public static double thresholdForFmr(double fmr) {
		return Normal.upperQuantile(fmr) * IMPOSTOR_SD;
	}

	/** P(impostor cosine ≥ threshold) for a group with the given differential. */
	public static double falseMatchRate(double threshold, DemographicDifferential group) {
		checkThreshold(threshold);
		return Normal.upperTail((threshold - group.impostorShift()) / IMPOSTOR_SD);
	}

	/** The within-group impostor shift that multiplies FMR by {@code factor} at {@code fmr}. */
	public static double shiftForFactor(double fmr, double factor) {
		return (Normal.upperQuantile(fmr) - Normal.upperQuantile(fmr * factor)) * IMPOSTOR_SD;
	}

	/** One impostor cosine similarity. */
	public static double impostorScore(SplittableRandom random, DemographicDifferential group) {
		return group.impostorShift() + IMPOSTOR_SD * random.nextGaussian();
	}

	/** One genuine cosine similarity: two captures of one identity under {@code preset}. */
	public static double genuineScore(SplittableRandom random, FacePreset preset) {
		double d = EFFECTIVE_DIMENSIONS;
		double r1 = noiseScale(random, preset);
		double r2 = noiseScale(random, preset);
		double along1 = 1 + r1 * random.nextGaussian() / Math.sqrt(d);
		double along2 = 1 + r2 * random.nextGaussian() / Math.sqrt(d);
		double across1 = chiSquare(random, d - 1) / d;
		double shared = random.nextGaussian() / Math.sqrt(d);
		double across2 = shared * shared + chiSquare(random, d - 2) / d;
		double dot = along1 * along2 + r1 * r2 * Math.sqrt(across1) * shared;
		return dot / Math.sqrt((along1 * along1 + r1 * r1 * across1) * (along2 * along2 + r2 * r2 * across2));
	}

	/** The capture-noise scale r ~ LogNormal(μ, σ) of one capture. */
	static double noiseScale(SplittableRandom random, FacePreset preset) {
		return Math.exp(preset.logMean() + preset.logSd() * random.nextGaussian());
	}

	static double checkThreshold(double threshold) {
		return Require.inRange(
				threshold, -1, 1, Problem.THRESHOLD_OUT_OF_RANGE, "A face threshold (a cosine similarity)");
	}

	private static double chiSquare(SplittableRandom random, double k) {
		double c = 2 / (9 * k);
		double cube = 1 - c + random.nextGaussian() * Math.sqrt(c);
		return k * cube * cube * cube;
	}
}
