package org.consentlab.biometrics.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.consentlab.biometrics.BiometricException;
import org.consentlab.biometrics.BiometricException.Problem;
import org.consentlab.biometrics.LargeSearch;
import org.consentlab.biometrics.face.DemographicDifferential;
import org.consentlab.biometrics.face.FaceModel;
import org.consentlab.biometrics.face.FacePreset;
import org.consentlab.biometrics.iris.IrisModel;
import org.junit.jupiter.api.Test;

/**
 * Lab L3's engine: simulated FPIR and FNIR at N = 10⁶ against the closed-form model. With 2,000
 * non-mated searches the s.e. of an FPIR near 1–5 % is at most 0.5 %; tolerances are four s.e.
 */
class IdentificationExperimentTests {

	private static final long MILLION = 1_000_000;

	@Test
	void runWhenIrisMillionThenFpirMatchesBaseRateFormula() {
		RateCurve curve = IdentificationExperiment.run(ScoreModels.iris(), MILLION, 12);
		double analytic = LargeSearch.fpir(IrisModel.falseMatchRate(0.32), MILLION);
		assertThat(analytic).isCloseTo(0.047, within(0.002));
		assertThat(curve.fpir(0.32)).isCloseTo(analytic, within(0.02));
		double t = curve.thresholdForFpir(0.01);
		assertThat(curve.fpir(t)).isLessThanOrEqualTo(0.01);
		assertThat(t).isCloseTo(IrisModel.thresholdForFmr(LargeSearch.fmrForFpir(0.01, MILLION)), within(0.004));
		assertThat(curve.fnir(t)).isCloseTo(IrisModel.falseNonMatchRate(t), within(0.0015));
		assertThat(curve.operatingPointForFpir(0.01))
				.isEqualTo(new RateCurve.Point(t, curve.fpir(t), curve.fnir(t), curve.analyticFpir(t)));
	}

	@Test
	void runWhenFaceMillionThenThresholdNearGaussianTail() {
		RateCurve curve = IdentificationExperiment.run(
				ScoreModels.face(FacePreset.NIST_2020_ONE_TO_ONE, DemographicDifferential.NONE), MILLION, 13);
		double t = curve.thresholdForFpir(0.01);
		assertThat(t).isCloseTo(FaceModel.thresholdForFmr(LargeSearch.fmrForFpir(0.01, MILLION)), within(0.006));
		assertThat(curve.fnir(t)).isBetween(0.005, 0.03);
		assertThat(curve.analyticFpir(t)).isCloseTo(0.01, within(0.004));
	}

	@Test
	void runWhenDemographicGroupThenFalsePositivesMultiply() {
		double t = FaceModel.THRESHOLD_ONE_TO_N;
		RateCurve reference = IdentificationExperiment.run(
				ScoreModels.face(FacePreset.NIST_2025_ONE_TO_N, DemographicDifferential.NONE), 12_000_000, 14);
		RateCurve group = IdentificationExperiment.run(
				ScoreModels.face(FacePreset.NIST_2025_ONE_TO_N, DemographicDifferential.HUNDRED_TIMES), 12_000_000, 14);
		assertThat(reference.analyticFpir(t)).isCloseTo(0.003, within(0.0003));
		assertThat(group.fpir(t)).isGreaterThan(10 * reference.fpir(t) + 0.05);
	}

	@Test
	void bestImpostorScoreWhenSmallGalleryThenSameAsExplicitMaximum() {
		ScoreModel face = ScoreModels.face(FacePreset.NIST_2020_ONE_TO_ONE, DemographicDifferential.NONE);
		SplittableRandom random = new SplittableRandom(15);
		double oneStep = 0;
		double explicit = 0;
		int searches = 4_000;
		for (int i = 0; i < searches; i++) {
			oneStep += face.bestImpostorScore(1_000, random);
			double best = -1;
			for (int j = 0; j < 1_000; j++) {
				best = Math.max(best, FaceModel.IMPOSTOR_SD * random.nextGaussian());
			}
			explicit += best;
		}
		// Both means near 3.24 σ = 0.229; s.e. of each ≈ 0.0004.
		assertThat(oneStep / searches).isCloseTo(explicit / searches, within(0.002));
	}

	@Test
	void runWhenSameSeedThenSameAnswerAndOtherSeedDiffers() {
		double a = IdentificationExperiment.run(ScoreModels.iris(), MILLION, 77).thresholdForFpir(0.01);
		double b = IdentificationExperiment.run(ScoreModels.iris(), MILLION, 77).thresholdForFpir(0.01);
		double c = IdentificationExperiment.run(ScoreModels.iris(), MILLION, 78).thresholdForFpir(0.01);
		assertThat(a).isEqualTo(b).isNotEqualTo(c);
	}

	@Test
	void runWhenGalleryBeyondLimitThenSizeOutOfRange() {
		assertThatThrownBy(() -> IdentificationExperiment.run(ScoreModels.iris(), LargeSearch.MAX_GALLERY + 1, 1))
				.isInstanceOfSatisfying(
						BiometricException.class, e -> assertThat(e.problem()).isEqualTo(Problem.SIZE_OUT_OF_RANGE));
	}
}
