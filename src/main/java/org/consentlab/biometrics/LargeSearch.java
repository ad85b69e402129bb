package org.consentlab.biometrics;

import org.consentlab.biometrics.BiometricException.Problem;

/**
 * The base-rate arithmetic of 1:N search (/sources#base-rate): with a per-comparison false match rate FMR
 * and N enrolled people, a search of someone not enrolled expects E = N·FMR false matches and
 * raises at least one with probability FPIR = 1 − (1 − FMR)^N, assuming independent comparisons.
 */
public final class LargeSearch {

	/** Largest gallery the arithmetic accepts: more people than live on Earth. */
	public static final long MAX_GALLERY = 10_000_000_000L;

	private LargeSearch() {}

	/** Expected number of false matches per non-mated search: E = N·FMR. */
	public static double expectedFalseMatches(double fmr, long gallerySize) {
		return checkFmr(fmr) * checkSize(gallerySize);
	}

	/** False-positive identification rate 1 − (1 − FMR)^N, computed without losing tiny rates. */
	public static double fpir(double fmr, long gallerySize) {
		checkFmr(fmr);
		return -Math.expm1(checkSize(gallerySize) * Math.log1p(-fmr));
	}

	/** The per-comparison FMR that keeps FPIR at the given value for N people: 1 − (1 − FPIR)^(1/N). */
	public static double fmrForFpir(double fpir, long gallerySize) {
		Require.probability(fpir, "The false-positive identification rate");
		return -Math.expm1(Math.log1p(-fpir) / checkSize(gallerySize));
	}

	private static double checkFmr(double fmr) {
		return Require.inRange(fmr, 0, 1, Problem.PARAMETER_OUT_OF_RANGE, "The false match rate");
	}

	private static long checkSize(long n) {
		return Require.inRange(n, 1, MAX_GALLERY, Problem.SIZE_OUT_OF_RANGE, "The gallery size");
	}
}
