package org.consentlab.biometrics.face;

/**
 * How good a face algorithm is, as the spread of capture noise: a capture is x = norm(c + r·g)
 * with r ~ LogNormal(μ, σ) (/sources#face-model, our model). The presets were fitted there to NIST
 * figures; the resulting rates are model values.
 */
public enum FacePreset {

	/**
	 * "NIST-2020 top 1:1": r ~ LogNormal(−0.5, 0.40), genuine cosine ≈ 0.70 ± 0.12; model FNMR
	 * 0.0022 at FMR 10⁻⁵ and 0.0045 at 10⁻⁶ (NIST 2020: 0.0026 mugshot at 10⁻⁵, 0.0035
	 * visa-border at 10⁻⁶).
	 */
	NIST_2020_ONE_TO_ONE(-0.5, 0.40),

	/**
	 * "NIST-2025 top 1:N": r ~ LogNormal(−0.7, 0.30), genuine cosine ≈ 0.78 ± 0.075; model FNIR
	 * ≈ 0.0004 at threshold 0.440 (NIST best: 0.0006 at FPIR 0.003, N = 12 million).
	 */
	NIST_2025_ONE_TO_N(-0.7, 0.30),

	/** "Mid-field vendor": r ~ LogNormal(−0.4, 0.40), genuine cosine ≈ 0.66 ± 0.12 (model). */
	MID_FIELD_VENDOR(-0.4, 0.40);

	private final double logMean;

	private final double logSd;

	FacePreset(double logMean, double logSd) {
		this.logMean = logMean;
		this.logSd = logSd;
	}

	/** μ of the log-normal capture-noise scale. */
	public double logMean() {
		return this.logMean;
	}

	/** σ of the log-normal capture-noise scale. */
	public double logSd() {
		return this.logSd;
	}
}
