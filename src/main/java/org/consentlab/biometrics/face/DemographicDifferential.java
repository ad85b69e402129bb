package org.consentlab.biometrics.face;

/**
 * A demographic group whose impostor pairs look more alike to the algorithm: their cosine
 * similarities are shifted up, multiplying the false match rate at a fixed threshold. NISTIR 8280
 * (2019) found false-positive differentials of a factor of 10 to 100 depending on the algorithm;
 * the shifts μ = (z(FMR) − z(k·FMR))·0.0707 at FMR 10⁻⁵ reproduce them (/sources#face-model, model).
 */
public enum DemographicDifferential {

	/** The reference group: impostor cosines centred on 0. */
	NONE(0.0, 1),

	/** Within-group impostor mean +0.039: FMR about 10 × the reference group's. */
	TEN_TIMES(0.039, 10),

	/** Within-group impostor mean +0.083: FMR about 100 × the reference group's. */
	HUNDRED_TIMES(0.083, 100);

	private final double impostorShift;

	private final int nominalFactor;

	DemographicDifferential(double impostorShift, int nominalFactor) {
		this.impostorShift = impostorShift;
		this.nominalFactor = nominalFactor;
	}

	/** Added to every within-group impostor cosine similarity. */
	public double impostorShift() {
		return this.impostorShift;
	}

	/** The false-match multiplier this shift was fitted to at FMR 10⁻⁵. */
	public int nominalFactor() {
		return this.nominalFactor;
	}
}
