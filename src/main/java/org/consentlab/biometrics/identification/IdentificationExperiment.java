package org.consentlab.biometrics.identification;

import java.util.Objects;
import java.util.SplittableRandom;
import org.consentlab.biometrics.BiometricException.Problem;
import org.consentlab.biometrics.LargeSearch;
import org.consentlab.biometrics.Require;
import org.consentlab.biometrics.Seeds;

/**
 * Simulates 1:N identification at any gallery size, up to national scale, without building the
 * gallery: a non-mated search's outcome is the best of N impostor scores, drawn exactly in one
 * step from its order-statistic distribution; a mated search's is one genuine score. The same
 * (model, N, seed) always gives the same curve, so each learner's lab L3 answer is their own and
 * reproducible.
 *
 * <p>The searches use common random numbers across gallery sizes: search i draws the same uniform
 * number whatever N is, and its best impostor is read from that number through the distribution of
 * the best of N (inverse transform). A bigger gallery's best impostor is then at least as close a
 * match, as if the same probe met the same strangers and more, so the simulated FPIR at a threshold
 * never falls as the gallery grows: what is left of sampling noise moves the whole curve, not the
 * order of its points.
 */
public final class IdentificationExperiment {

	/** The most searches of each kind one experiment runs. */
	public static final int MAX_SEARCHES = 1_000_000;

	private IdentificationExperiment() {}

	/** Runs {@code nonMated} searches of people not enrolled and {@code mated} searches of enrolled people. */
	public static RateCurve run(ScoreModel model, long gallerySize, long seed, int nonMated, int mated) {
		Objects.requireNonNull(model);
		Require.inRange(gallerySize, 1, LargeSearch.MAX_GALLERY, Problem.SIZE_OUT_OF_RANGE, "The gallery size");
		Require.inRange(
				nonMated, 100, MAX_SEARCHES, Problem.PARAMETER_OUT_OF_RANGE, "The number of non-mated searches");
		Require.inRange(mated, 100, MAX_SEARCHES, Problem.PARAMETER_OUT_OF_RANGE, "The number of mated searches");
		// Neither stream depends on the gallery size: the same seed gives the same searches at every N.
		SplittableRandom impostors = Seeds.random(seed, 0x1DL, 0xC0);
		SplittableRandom genuine = Seeds.random(seed, 0x1DL, 0xC1);
		double[] best = new double[nonMated];
		for (int i = 0; i < nonMated; i++) {
			best[i] = model.bestImpostorScore(gallerySize, impostors);
		}
		double[] mates = new double[mated];
		for (int i = 0; i < mated; i++) {
			mates[i] = model.genuineScore(genuine);
		}
		return new RateCurve(model, gallerySize, best, mates);
	}

	/** Lab L3's defaults: 2,000 non-mated and 20,000 mated searches. */
	public static RateCurve run(ScoreModel model, long gallerySize, long seed) {
		return run(model, gallerySize, seed, 2_000, 20_000);
	}
}
