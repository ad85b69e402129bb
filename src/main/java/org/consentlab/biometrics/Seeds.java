package org.consentlab.biometrics;

import java.util.SplittableRandom;

/**
 * Deterministic random streams derived from a seed and a path of indices, e.g. (seed, IRIS, person
 * 42). Each person's randomness depends only on that path, never on a shared stream, so parallel
 * generation gives the same result on any machine and any number of cores.
 */
public final class Seeds {

	private Seeds() {}

	/** A fresh generator for one (seed, path...) position. */
	public static SplittableRandom random(long seed, long... path) {
		return new SplittableRandom(derive(seed, path));
	}

	/** Mixes a seed with a path of indices into a new 64-bit seed (SplitMix64 finaliser per step). */
	public static long derive(long seed, long... path) {
		long h = mix(seed ^ 0x6A09E667F3BCC909L);
		for (long step : path) {
			h = mix(h + 0x9E3779B97F4A7C15L * (step + 1));
		}
		return h;
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
