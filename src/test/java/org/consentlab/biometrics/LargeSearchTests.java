package org.consentlab.biometrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.consentlab.biometrics.BiometricException.Problem;
import org.junit.jupiter.api.Test;

/** The base-rate arithmetic against the worked numbers of FACTS.md §4 (to the digits shown there). */
class LargeSearchTests {

	@Test
	void fpirWhenFactsTableCellsThenSameShares() {
		assertThat(LargeSearch.fpir(1e-4, 10_000)).isCloseTo(0.63, within(0.005));
		assertThat(LargeSearch.fpir(1e-5, 10_000)).isCloseTo(0.095, within(0.0005));
		assertThat(LargeSearch.fpir(1e-6, 10_000)).isCloseTo(0.010, within(0.0005));
		assertThat(LargeSearch.fpir(1 / 26e6, 1_000_000)).isCloseTo(0.038, within(0.0005));
		assertThat(LargeSearch.fpir(1 / 1.5e9, 146_000_000)).isCloseTo(0.093, within(0.0005));
		assertThat(LargeSearch.fpir(1e-11, 1_400_000_000)).isCloseTo(0.014, within(0.0005));
	}

	@Test
	void expectedFalseMatchesWhenFactsTableCellsThenNTimesFmr() {
		assertThat(LargeSearch.expectedFalseMatches(1e-5, 146_000_000)).isCloseTo(1_460, within(1e-6));
		assertThat(LargeSearch.expectedFalseMatches(1 / 26e6, 146_000_000)).isCloseTo(5.6, within(0.05));
	}

	@Test
	void fmrForFpirWhenRussiaSizedGalleryThenFactsValue() {
		assertThat(LargeSearch.fmrForFpir(0.001, 146_000_000)).isCloseTo(6.85e-12, within(0.01e-12));
	}

	@Test
	void upperQuantileWhenNistOperatingPointsThenStandardNormalValues() {
		assertThat(Normal.upperQuantile(1e-5)).isCloseTo(4.26489, within(1e-4));
		assertThat(Normal.upperQuantile(2.5e-10)).isCloseTo(6.2191, within(1e-3));
		assertThat(Normal.upperTail(Normal.upperQuantile(1e-8))).isCloseTo(1e-8, within(1e-12));
	}

	@Test
	void fpirWhenRateOrSizeImpossibleThenTypedErrors() {
		assertThatThrownBy(() -> LargeSearch.fpir(-0.1, 10))
				.isInstanceOfSatisfying(
						BiometricException.class,
						e -> assertThat(e.problem()).isEqualTo(Problem.PARAMETER_OUT_OF_RANGE))
				.hasMessageContaining("false match rate");
		assertThatThrownBy(() -> LargeSearch.fpir(1e-6, 0))
				.isInstanceOfSatisfying(
						BiometricException.class, e -> assertThat(e.problem()).isEqualTo(Problem.SIZE_OUT_OF_RANGE));
	}
}
