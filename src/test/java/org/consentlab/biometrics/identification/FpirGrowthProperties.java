package org.consentlab.biometrics.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.consentlab.biometrics.face.DemographicDifferential;
import org.consentlab.biometrics.face.FacePreset;

/**
 * Lab L3's growth chart: for any learner's seed and any threshold, the simulated FPIR never falls
 * as the gallery grows, because every gallery size replays the same searches (common random
 * numbers). Without that, 2,000 searches per size made the curve fall from 300,000 to 1,000,000
 * for some seeds.
 */
class FpirGrowthProperties {

	/** The gallery sizes lab L3's growth chart shows. */
	private static final long[] SIZES = {1_000, 3_000, 10_000, 30_000, 100_000, 300_000, 1_000_000};

	/**
	 * The curves of one seed do not depend on the threshold, and the iris model's are the slow ones
	 * (a million-entry gallery per seed): each seed's curves are run once and checked at the drawn
	 * threshold and at every step of 0.005 across the range, more thresholds than 15 tries drew.
	 */
	@Property(tries = 5)
	void fpirWhenGalleryGrowsThenNeverFallsForIris(
			@ForAll long seed, @ForAll @DoubleRange(min = 0.25, max = 0.35) double threshold) {
		double[] thresholds = new double[22];
		thresholds[0] = threshold;
		for (int step = 0; step <= 20; step++) {
			thresholds[step + 1] = 0.25 + step * 0.005;
		}
		assertNonDecreasing(ScoreModels.iris(), seed, thresholds);
	}

	@Property(tries = 15)
	void fpirWhenGalleryGrowsThenNeverFallsForFace(
			@ForAll long seed,
			@ForAll @DoubleRange(min = 0.25, max = 0.55) double threshold,
			@ForAll("groups") DemographicDifferential group) {
		assertNonDecreasing(ScoreModels.face(FacePreset.NIST_2020_ONE_TO_ONE, group), seed, threshold);
	}

	@Property(tries = 200)
	void bestImpostorWhenSameDrawAndBiggerGalleryThenAtLeastAsClose(
			@ForAll long seed,
			@ForAll @LongRange(min = 1, max = 999_999) long smaller,
			@ForAll @LongRange(min = 1, max = 1_000_000) long more) {
		long bigger = Math.min(smaller + more, 1_000_000);
		ScoreModel iris = ScoreModels.iris();
		ScoreModel face = ScoreModels.face(FacePreset.NIST_2020_ONE_TO_ONE, DemographicDifferential.NONE);
		assertThat(iris.bestImpostorScore(bigger, new SplittableRandom(seed)))
				.isLessThanOrEqualTo(iris.bestImpostorScore(smaller, new SplittableRandom(seed)));
		assertThat(face.bestImpostorScore(bigger, new SplittableRandom(seed)))
				.isGreaterThanOrEqualTo(face.bestImpostorScore(smaller, new SplittableRandom(seed)));
	}

	@Provide
	Arbitrary<DemographicDifferential> groups() {
		return Arbitraries.of(DemographicDifferential.class);
	}

	private static void assertNonDecreasing(ScoreModel model, long seed, double... thresholds) {
		double[] previous = new double[thresholds.length];
		for (long n : SIZES) {
			RateCurve curve = IdentificationExperiment.run(model, n, seed);
			assertThat(curve.nonMatedSearches()).isEqualTo(2_000);
			for (int t = 0; t < thresholds.length; t++) {
				assertThat(curve.fpir(thresholds[t]))
						.as("FPIR at N = %,d, threshold %s, seed %d", n, thresholds[t], seed)
						.isGreaterThanOrEqualTo(previous[t]);
				previous[t] = curve.fpir(thresholds[t]);
			}
		}
	}
}
