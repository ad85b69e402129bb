package org.consentlab.biometrics.identification;

import java.util.SplittableRandom;
import org.consentlab.biometrics.Normal;
import org.consentlab.biometrics.face.DemographicDifferential;
import org.consentlab.biometrics.face.FaceModel;
import org.consentlab.biometrics.face.FacePreset;
import org.consentlab.biometrics.iris.IrisModel;
import org.consentlab.biometrics.scores.FingerprintModel;
import org.consentlab.biometrics.scores.GaussianScoreModel;
import org.consentlab.biometrics.scores.VoiceModel;

/** The {@link ScoreModel} of each modality, built on its calibrated model. */
public final class ScoreModels {

	private ScoreModels() {}

	/** Iris: best-of-7 Binomial(249, ½)/249 impostors, N(0.11, 0.065) genuine (see {@link IrisModel}). */
	public static ScoreModel iris() {
		return new ScoreModel() {

			@Override
			public boolean higherIsBetter() {
				return false;
			}

			@Override
			public double falseMatchRate(double threshold) {
				return IrisModel.falseMatchRate(threshold);
			}

			@Override
			public double genuineScore(SplittableRandom random) {
				while (true) {
					double hd = IrisModel.GENUINE_MEAN + IrisModel.GENUINE_SD * random.nextGaussian();
					if (hd >= 0 && hd <= 0.5) {
						return hd;
					}
				}
			}

			@Override
			public double bestImpostorScore(long n, SplittableRandom random) {
				return IrisModel.thresholdForFmr(ScoreModel.bestOfTail(n, random));
			}
		};
	}

	/** Face: N(shift, 0.0707) impostors for the group, genuine pairs of the preset (see {@link FaceModel}). */
	public static ScoreModel face(FacePreset preset, DemographicDifferential group) {
		return new ScoreModel() {

			@Override
			public boolean higherIsBetter() {
				return true;
			}

			@Override
			public double falseMatchRate(double threshold) {
				return FaceModel.falseMatchRate(threshold, group);
			}

			@Override
			public double genuineScore(SplittableRandom random) {
				return FaceModel.genuineScore(random, preset);
			}

			@Override
			public double bestImpostorScore(long n, SplittableRandom random) {
				return group.impostorShift()
						+ FaceModel.IMPOSTOR_SD * Normal.upperQuantile(ScoreModel.bestOfTail(n, random));
			}
		};
	}

	/** Fingerprints: standardised scores of the operating point (see {@link FingerprintModel}). */
	public static ScoreModel fingerprint(FingerprintModel model) {
		return gaussian(model.scores());
	}

	/** Voice: cosine scores at the preset's equal error rate (see {@link VoiceModel}). */
	public static ScoreModel voice(VoiceModel model) {
		return gaussian(model.scores());
	}

	private static ScoreModel gaussian(GaussianScoreModel scores) {
		return new ScoreModel() {

			@Override
			public boolean higherIsBetter() {
				return true;
			}

			@Override
			public double falseMatchRate(double threshold) {
				return scores.falseMatchRate(threshold);
			}

			@Override
			public double genuineScore(SplittableRandom random) {
				return scores.genuineScore(random);
			}

			@Override
			public double bestImpostorScore(long n, SplittableRandom random) {
				return scores.thresholdForFmr(ScoreModel.bestOfTail(n, random));
			}
		};
	}
}
