package org.consentlab.biometrics.scores;

import org.consentlab.biometrics.LargeSearch;
import org.consentlab.biometrics.Normal;

/**
 * Two-index-finger identification as a score model anchored on a published 1:N operating point.
 * The per-comparison false match rate is fixed by the threshold, so the false-positive
 * identification rate grows almost linearly with the gallery, as NISTIR 7110 reports for US-VISIT
 * ("false accept rate rises linearly with database size — 0.31 % at 6 M"), while the true-accept
 * rate stays flat. Scores are standardised: impostor N(0, 1), genuine N(μ, 1).
 */
public enum FingerprintModel {

	/** US-VISIT IDENT, NISTIR 7110 (2004): FAR 0.31 % at N = 6,000,000, true accept 95–96 % (we use 95.5 %). */
	US_VISIT_2004(6_000_000, 0.0031, 0.955),

	/** NIST FRIF-TE E1N, IDEMIA+0001, two plain index fingers: FNIR 0.0003 at FPIR 0.001, N = 1,600,000. */
	FRIF_TE_LEADER(1_600_000, 0.001, 0.9997);

	private final long referenceGallery;

	private final double referenceFpir;

	private final double truePositiveRate;

	private final GaussianScoreModel scores;

	FingerprintModel(long referenceGallery, double referenceFpir, double truePositiveRate) {
		this.referenceGallery = referenceGallery;
		this.referenceFpir = referenceFpir;
		this.truePositiveRate = truePositiveRate;
		double threshold = Normal.upperQuantile(perComparisonFmr(referenceGallery, referenceFpir));
		this.scores = new GaussianScoreModel(0, threshold - Normal.upperQuantile(truePositiveRate), 1);
	}

	/** The per-comparison FMR implied by the published operating point: 1 − (1 − FPIR)^(1/N). */
	public double falseMatchRate() {
		return perComparisonFmr(this.referenceGallery, this.referenceFpir);
	}

	/** The operating threshold on the standardised score. */
	public double threshold() {
		return this.scores.thresholdForFmr(falseMatchRate());
	}

	/** False-positive identification rate of a non-mated search against {@code gallerySize} people. */
	public double fpir(long gallerySize) {
		return LargeSearch.fpir(falseMatchRate(), gallerySize);
	}

	/** Share of mated searches that find the right person (independent of the gallery size here). */
	public double truePositiveRate() {
		return this.truePositiveRate;
	}

	/** The gallery size of the published operating point. */
	public long referenceGallery() {
		return this.referenceGallery;
	}

	/** The standardised score distributions. */
	public GaussianScoreModel scores() {
		return this.scores;
	}

	private static double perComparisonFmr(long n, double fpir) {
		return LargeSearch.fmrForFpir(fpir, n);
	}
}
