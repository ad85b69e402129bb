package org.consentlab.biometrics.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.consentlab.biometrics.LargeSearch;
import org.junit.jupiter.api.Test;

/**
 * The face model against FACTS.md §2.4 and §10. Simulated rates use fixed seeds and 400,000
 * genuine pairs per preset (as FACTS.md did); each tolerance is about four standard errors.
 */
class FaceModelTests {

	private static final int PAIRS = 400_000;

	@Test
	void thresholdForFmrWhenNistOperatingPointsThenFactsThresholds() {
		assertThat(FaceModel.thresholdForFmr(1e-4)).isCloseTo(FaceModel.THRESHOLD_FMR_1E4, within(0.001));
		assertThat(FaceModel.thresholdForFmr(1e-5)).isCloseTo(FaceModel.THRESHOLD_FMR_1E5, within(0.001));
		assertThat(FaceModel.thresholdForFmr(1e-6)).isCloseTo(FaceModel.THRESHOLD_FMR_1E6, within(0.001));
		double fmr = LargeSearch.fmrForFpir(0.003, 12_000_000);
		assertThat(fmr).isCloseTo(2.5e-10, within(0.01e-10));
		assertThat(FaceModel.thresholdForFmr(fmr)).isCloseTo(FaceModel.THRESHOLD_ONE_TO_N, within(0.001));
	}

	@Test
	void shiftForFactorWhenTenAndHundredThenNistir8280Presets() {
		assertThat(FaceModel.shiftForFactor(1e-5, 10))
				.isCloseTo(DemographicDifferential.TEN_TIMES.impostorShift(), within(0.0005));
		assertThat(FaceModel.shiftForFactor(1e-5, 100))
				.isCloseTo(DemographicDifferential.HUNDRED_TIMES.impostorShift(), within(0.0005));
		double reference = FaceModel.falseMatchRate(0.302, DemographicDifferential.NONE);
		assertThat(FaceModel.falseMatchRate(0.302, DemographicDifferential.TEN_TIMES) / reference)
				.isBetween(9.0, 11.0);
		assertThat(FaceModel.falseMatchRate(0.302, DemographicDifferential.HUNDRED_TIMES) / reference)
				.isBetween(90.0, 110.0);
	}

	@Test
	void impostorScoreWhenSimulatedThenGroupRatesAtThreshold() {
		// At t = 0.2185 (FMR 10⁻³) one million draws give about 1,000 events: s.e. 3 %.
		for (DemographicDifferential group : DemographicDifferential.values()) {
			SplittableRandom random = new SplittableRandom(81);
			int hits = 0;
			int draws = 1_000_000;
			for (int i = 0; i < draws; i++) {
				hits += FaceModel.impostorScore(random, group) >= 0.2185 ? 1 : 0;
			}
			double expected = FaceModel.falseMatchRate(0.2185, group);
			assertThat((double) hits / draws / expected).as(group.name()).isCloseTo(1, within(0.12));
		}
	}

	@Test
	void genuineScoreWhenNist2020PresetThenNist11Fnmr() {
		double[] s = simulate(FacePreset.NIST_2020_ONE_TO_ONE, 82);
		assertThat(mean(s)).isCloseTo(0.70, within(0.01));
		assertThat(sd(s)).isCloseTo(0.12, within(0.01));
		assertThat(below(s, FaceModel.THRESHOLD_FMR_1E5)).isCloseTo(0.0022, within(0.0003));
		assertThat(below(s, FaceModel.THRESHOLD_FMR_1E6)).isCloseTo(0.0045, within(0.0005));
	}

	@Test
	void genuineScoreWhenNist2025PresetThenOneToNFnir() {
		double[] s = simulate(FacePreset.NIST_2025_ONE_TO_N, 83);
		assertThat(mean(s)).isCloseTo(0.78, within(0.01));
		assertThat(sd(s)).isCloseTo(0.075, within(0.008));
		assertThat(below(s, FaceModel.THRESHOLD_ONE_TO_N)).isCloseTo(0.0004, within(0.00015));
		assertThat(below(s, FaceModel.THRESHOLD_FMR_1E5)).isLessThan(1e-4);
	}

	private static double[] simulate(FacePreset preset, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		double[] s = new double[PAIRS];
		for (int i = 0; i < PAIRS; i++) {
			s[i] = FaceModel.genuineScore(random, preset);
		}
		return s;
	}

	static double mean(double[] s) {
		double sum = 0;
		for (double v : s) {
			sum += v;
		}
		return sum / s.length;
	}

	static double sd(double[] s) {
		double m = mean(s);
		double sum = 0;
		for (double v : s) {
			sum += (v - m) * (v - m);
		}
		return Math.sqrt(sum / s.length);
	}

	static double below(double[] s, double threshold) {
		int n = 0;
		for (double v : s) {
			n += v < threshold ? 1 : 0;
		}
		return (double) n / s.length;
	}
}
