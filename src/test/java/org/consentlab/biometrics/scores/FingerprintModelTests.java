package org.consentlab.biometrics.scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fingerprint model against NISTIR 7110 and NIST FRIF-TE (FACTS.md §3.1 and §10). */
class FingerprintModelTests {

	@Test
	void fpirWhenUsVisitGalleryThenPublishedRateAndLinearGrowth() {
		FingerprintModel model = FingerprintModel.US_VISIT_2004;
		assertThat(model.fpir(6_000_000)).isCloseTo(0.0031, within(1e-9));
		// Linear growth: half the gallery, half the false accepts (within 0.2 %: 1 − e^(−x) curvature).
		assertThat(model.fpir(3_000_000) / model.fpir(6_000_000)).isCloseTo(0.5, within(0.002));
		assertThat(model.fpir(100_000) / model.fpir(6_000_000)).isCloseTo(1 / 60.0, within(0.0002));
		assertThat(model.falseMatchRate()).isCloseTo(5.18e-10, within(0.01e-10));
	}

	@Test
	void genuineScoreWhenSimulatedThenTrueAcceptRateOfOperatingPoint() {
		// 200,000 mated comparisons: s.e. of a 95.5 % rate is 0.05 %; tolerance 0.3 %.
		for (FingerprintModel model : FingerprintModel.values()) {
			SplittableRandom random = new SplittableRandom(31);
			int accepted = 0;
			int trials = 200_000;
			for (int i = 0; i < trials; i++) {
				accepted += model.scores().genuineScore(random) >= model.threshold() ? 1 : 0;
			}
			assertThat((double) accepted / trials).as(model.name()).isCloseTo(model.truePositiveRate(), within(0.003));
		}
	}

	@Test
	void fpirWhenFrifTeGalleryThenPublishedRate() {
		assertThat(FingerprintModel.FRIF_TE_LEADER.fpir(1_600_000)).isCloseTo(0.001, within(1e-9));
	}
}
