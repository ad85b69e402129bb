package org.consentlab.biometrics.identification;

import java.util.Arrays;
import org.consentlab.biometrics.LargeSearch;

/**
 * The outcome of an {@link IdentificationExperiment}: the best impostor score of every non-mated
 * search and the genuine score of every mated search, sorted, from which FPIR and FNIR follow at
 * any threshold. FNIR here is the share of mated searches whose true mate does not pass the
 * threshold (NIST's FNIR at a threshold, ignoring rank).
 */
public final class RateCurve {

	private final ScoreModel model;

	private final long gallerySize;

	private final double[] bestImpostors;

	private final double[] genuines;

	RateCurve(ScoreModel model, long gallerySize, double[] bestImpostors, double[] genuines) {
		this.model = model;
		this.gallerySize = gallerySize;
		this.bestImpostors = bestImpostors.clone();
		this.genuines = genuines.clone();
		Arrays.sort(this.bestImpostors);
		Arrays.sort(this.genuines);
	}

	public long gallerySize() {
		return this.gallerySize;
	}

	/** How many non-mated searches the FPIR rests on: its sampling error is about √(p(1 − p)/n). */
	public int nonMatedSearches() {
		return this.bestImpostors.length;
	}

	/** How many mated searches the FNIR rests on. */
	public int matedSearches() {
		return this.genuines.length;
	}

	/** Simulated FPIR: share of non-mated searches returning anyone at this threshold. */
	public double fpir(double threshold) {
		return share(this.bestImpostors, threshold, true);
	}

	/** Simulated FNIR: share of mated searches whose mate does not pass this threshold. */
	public double fnir(double threshold) {
		return share(this.genuines, threshold, false);
	}

	/** The model's FPIR at this threshold: 1 − (1 − FMR)^N. */
	public double analyticFpir(double threshold) {
		return LargeSearch.fpir(this.model.falseMatchRate(threshold), this.gallerySize);
	}

	/**
	 * The most permissive threshold whose simulated FPIR is at most {@code target}: just stricter
	 * than the (k+1)-th best non-mated score, k = ⌊target × searches⌋.
	 */
	public double thresholdForFpir(double target) {
		int k = (int) Math.floor(target * this.bestImpostors.length);
		if (this.model.higherIsBetter()) {
			return Math.nextUp(
					this.bestImpostors[this.bestImpostors.length - 1 - Math.min(k, this.bestImpostors.length - 1)]);
		}
		return Math.nextDown(this.bestImpostors[Math.min(k, this.bestImpostors.length - 1)]);
	}

	/** The threshold keeping simulated FPIR at or below {@code targetFpir}, with the FNIR it costs (lab L3). */
	public Point operatingPointForFpir(double targetFpir) {
		double t = thresholdForFpir(targetFpir);
		return new Point(t, fpir(t), fnir(t), analyticFpir(t));
	}

	/** One point of the curve for a chart. */
	public record Point(double threshold, double fpir, double fnir, double analyticFpir) {}

	/** The curve at the given thresholds. */
	public Point[] at(double... thresholds) {
		return Arrays.stream(thresholds)
				.mapToObj(t -> new Point(t, fpir(t), fnir(t), analyticFpir(t)))
				.toArray(Point[]::new);
	}

	private double share(double[] sorted, double threshold, boolean passing) {
		int passed = 0;
		for (double s : sorted) {
			passed += this.model.passes(s, threshold) ? 1 : 0;
		}
		return (double) (passing ? passed : sorted.length - passed) / sorted.length;
	}
}
