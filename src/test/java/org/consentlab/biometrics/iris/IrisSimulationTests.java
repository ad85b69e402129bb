package org.consentlab.biometrics.iris;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.consentlab.biometrics.SearchOptions;
import org.consentlab.biometrics.SearchProgress;
import org.consentlab.biometrics.Seeds;
import org.junit.jupiter.api.Test;

/**
 * Synthetic IrisCodes against the model of FACTS.md §10, measured with real bit operations.
 * Tolerances are about four standard errors of the Monte-Carlo estimate at the stated trial
 * counts (fixed seeds, so the test is repeatable).
 */
class IrisSimulationTests {

	/** Block b of an enrolment is bit b mod 64 of the (b / 64)-th long drawn for the subject, in all 8 bits of byte b. */
	@Test
	void enrolmentBitsWhenBuiltByteAtATimeThenEveryBlockIsItsDrawnBit() {
		for (long seed : new long[] {0, 1, -7, 0x5EEDL}) {
			for (long subject = 0; subject < 2_000; subject++) {
				SplittableRandom random = Seeds.random(seed, IrisCodes.IRIS, subject);
				long[] expected = new long[IrisLayout.WORDS];
				long draw = 0;
				for (int b = 0; b < IrisLayout.BLOCKS; b++) {
					if (b % 64 == 0) {
						draw = random.nextLong();
					}
					if ((draw >>> (b % 64) & 1) == 1) {
						expected[b / 8] |= 0xFFL << (b % 8 * 8);
					}
				}
				assertThat(IrisCodes.enrolmentBits(seed, subject))
						.as("seed %d, subject %d", seed, subject)
						.containsExactly(expected);
			}
		}
	}

	@Test
	void distanceWhenUnrelatedCodesThenBinomial249Spread() {
		int pairs = 20_000;
		double sum = 0;
		double sumSq = 0;
		for (int i = 0; i < pairs; i++) {
			double hd = IrisCodes.enrolment(1, i).distance(IrisCodes.enrolment(2, i));
			sum += hd;
			sumSq += hd * hd;
		}
		double mean = sum / pairs;
		double sd = Math.sqrt(sumSq / pairs - mean * mean);
		// Binomial(249, 1/2)/249: mean 0.5, s.d. 0.0317 (FACTS.md §1.1); s.e. of the mean 0.0002.
		assertThat(mean).isCloseTo(0.5, within(0.001));
		assertThat(sd).isCloseTo(0.0317, within(0.0008));
	}

	@Test
	void bestDistanceWhenUnrelatedCodesThenBestOfSevenShift() {
		int pairs = 10_000;
		double sum = 0;
		double sumSq = 0;
		for (int i = 0; i < pairs; i++) {
			double hd = IrisCodes.enrolment(3, i).bestDistance(IrisCodes.enrolment(4, i));
			sum += hd;
			sumSq += hd * hd;
		}
		double mean = sum / pairs;
		double sd = Math.sqrt(sumSq / pairs - mean * mean);
		// Model best of 7: mean 0.457, s.d. 0.0198 (FACTS.md §1.1 [C]); s.e. of the mean 0.0002.
		assertThat(mean).isCloseTo(0.457, within(0.0015));
		assertThat(sd).isCloseTo(0.0198, within(0.0008));
	}

	@Test
	void searchWhenImpostorTailThenModelFalseMatchRate() {
		IrisGallery gallery = IrisGallery.synthetic(5, 100_000, SearchProgress.NONE);
		int probes = 20;
		long matches = 0;
		for (int p = 0; p < probes; p++) {
			matches += gallery.search(IrisCodes.enrolment(6, p), 0.40, SearchOptions.top(1_000))
					.candidates()
					.size();
		}
		double expected = probes * 100_000 * IrisModel.engineFalseMatchRate(0.40);
		// About 10,000 expected events: Poisson s.e. 1 %; 5 % allows for the rotations' slight dependence.
		assertThat(matches / expected).isCloseTo(1, within(0.05));
	}

	@Test
	void bestDistanceWhenSameEyeRecapturedThenGenuineModel() {
		int captures = 20_000;
		int above = 0;
		for (int i = 0; i < captures; i++) {
			if (IrisCodes.capture(7, i, 1).bestDistance(IrisCodes.enrolment(7, i)) > 0.20) {
				above++;
			}
		}
		// Model FNMR at HD 0.20 is about 0.084; s.e. at 20,000 trials is 0.002.
		assertThat((double) above / captures).isCloseTo(IrisModel.falseNonMatchRate(0.20), within(0.01));
	}

	@Test
	void enrolmentWhenSameSeedThenSameCode() {
		assertThat(IrisCodes.enrolment(42, 7)).isEqualTo(IrisCodes.enrolment(42, 7));
		assertThat(IrisCodes.capture(42, 7, 2)).isEqualTo(IrisCodes.capture(42, 7, 2));
		assertThat(IrisCodes.enrolment(42, 7)).isNotEqualTo(IrisCodes.enrolment(43, 7));
	}
}
