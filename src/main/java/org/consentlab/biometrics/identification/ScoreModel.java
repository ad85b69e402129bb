package org.consentlab.biometrics.identification;

import java.util.SplittableRandom;

/**
 * A modality's comparison scores as distributions: what one impostor and one genuine comparison
 * score, the best of N impostor scores (the highest similarity, or the lowest distance), and the
 * per-comparison false match rate at a threshold.
 */
public interface ScoreModel {

	/** True for similarities (face, voice, fingerprint), false for distances (iris). */
	boolean higherIsBetter();

	/** P(one impostor comparison passes the threshold). */
	double falseMatchRate(double threshold);

	/** One genuine comparison score. */
	double genuineScore(SplittableRandom random);

	/**
	 * The best score among {@code n} independent impostor comparisons: one non-mated search. It takes
	 * one number from {@code random} (through {@link #bestOfTail}), so the same draw read at a bigger
	 * {@code n} gives a score at least as close a match (common random numbers across gallery sizes).
	 */
	double bestImpostorScore(long n, SplittableRandom random);

	/** True when {@code score} passes {@code threshold} (≥ for similarities, ≤ for distances). */
	default boolean passes(double score, double threshold) {
		return higherIsBetter() ? score >= threshold : score <= threshold;
	}

	/**
	 * The tail probability q of the best of n impostors in one draw: the best passes a threshold
	 * whose per-comparison FMR is q with probability 1 − (1 − q)^n, so q = 1 − U^(1/n) (inverse
	 * transform sampling of the order statistic, exact and O(1) in n).
	 */
	static double bestOfTail(long n, SplittableRandom random) {
		double u = random.nextDouble();
		return -Math.expm1(Math.log(u == 0 ? Double.MIN_VALUE : u) / n);
	}
}
