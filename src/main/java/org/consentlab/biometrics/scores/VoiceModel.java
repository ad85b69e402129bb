package org.consentlab.biometrics.scores;

/**
 * Speaker verification as cosine scores of speaker embeddings. Impostor cosines are N(0, 1/√192)
 * (192 is ECAPA-TDNN's embedding size in SpeechBrain's VoxCeleb recipe; treating the cosine spread
 * as 1/√192 is our model), and genuine ones sit d′ standard deviations higher.
 */
public enum VoiceModel {

	/** ECAPA-TDNN on VoxCeleb1-O: EER 0.69 % (SpeechBrain model card), d′ ≈ 4.92. */
	ECAPA_VOXCELEB(0.0069),

	/** Noisy or cross-channel speech: EER about 5 %, d′ ≈ 3.29 (illustrative, /sources). */
	NOISY_CROSS_CHANNEL(0.05);

	/** Embedding dimensions (SpeechBrain ECAPA recipe, {@code lin_neurons: 192}). */
	public static final int DIMENSIONS = 192;

	private final GaussianScoreModel scores;

	VoiceModel(double equalErrorRate) {
		this.scores = GaussianScoreModel.withEqualErrorRate(equalErrorRate, 1 / Math.sqrt(DIMENSIONS));
	}

	/** The cosine score distributions. */
	public GaussianScoreModel scores() {
		return this.scores;
	}
}
