package org.consentlab.biometrics.iris;

import org.consentlab.biometrics.TopCandidates;

/**
 * The inner loops of the iris gallery, written for the JIT: long-word XOR + {@link Long#bitCount}
 * (one POPCNT instruction), several independent accumulators, and every gallery word loaded once.
 * Masks are not read: gallery and probe keep zeros in the shared occluded bytes, so XOR is zero
 * there and the distance is simply the disagreeing bits over {@link IrisLayout#VALID_BITS}.
 */
final class IrisKernels {

	private IrisKernels() {}

	/**
	 * Words scanned before the early exit check. After 24 of 32 words an impostor's best partial
	 * distance is already about 700 bits, above any useful threshold (0.32 × 1,992 = 637), so most
	 * entries are dropped having done three quarters of the work. Partial sums only grow, so the
	 * exit never drops a true candidate.
	 */
	private static final int EARLY_EXIT_WORDS = 24;

	/**
	 * Best of 7 rotations; {@code p} holds the rotated probes interleaved with a stride of 8 (word j
	 * of rotation r at 8j + r, slot 8j + 7 unused): a power-of-two stride indexes more cheaply.
	 *
	 * <p>This loop is bound by arithmetic, not memory: each gallery word costs 7 × (XOR, POPCNT,
	 * ADD) = 21 integer operations where the floor spends one ADD, and a gallery small enough to
	 * stay in cache is searched no faster per code (see {@code InterleavedRatios}). The JIT's code
	 * is close to the limit of four integer units (86 such operations per 4 words), so layouts,
	 * tiling and other loop orders do not help; only fewer comparisons or SIMD popcounts would.
	 */
	static void scanRotations(long[] g, long[] p, int limit, int from, int to, TopCandidates into) {
		// Both loops stay in this one method, so the JIT keeps the 7 accumulators in registers
		// (a helper method with an accumulator array measured about 30 % slower).
		for (int t = from; t < to; t++) {
			int base = t * IrisLayout.WORDS;
			int a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0;
			int j = 0;
			for (; j < EARLY_EXIT_WORDS; j++) {
				long w = g[base + j];
				int q = j << 3;
				a0 += Long.bitCount(w ^ p[q]);
				a1 += Long.bitCount(w ^ p[q + 1]);
				a2 += Long.bitCount(w ^ p[q + 2]);
				a3 += Long.bitCount(w ^ p[q + 3]);
				a4 += Long.bitCount(w ^ p[q + 4]);
				a5 += Long.bitCount(w ^ p[q + 5]);
				a6 += Long.bitCount(w ^ p[q + 6]);
			}
			if (min7(a0, a1, a2, a3, a4, a5, a6) > Math.min(limit, admissible(into))) {
				continue;
			}
			for (; j < IrisLayout.WORDS; j++) {
				long w = g[base + j];
				int q = j << 3;
				a0 += Long.bitCount(w ^ p[q]);
				a1 += Long.bitCount(w ^ p[q + 1]);
				a2 += Long.bitCount(w ^ p[q + 2]);
				a3 += Long.bitCount(w ^ p[q + 3]);
				a4 += Long.bitCount(w ^ p[q + 4]);
				a5 += Long.bitCount(w ^ p[q + 5]);
				a6 += Long.bitCount(w ^ p[q + 6]);
			}
			offer(into, t, min7(a0, a1, a2, a3, a4, a5, a6), limit);
		}
	}

	private static int min7(int a0, int a1, int a2, int a3, int a4, int a5, int a6) {
		return Math.min(Math.min(Math.min(a0, a1), Math.min(a2, a3)), Math.min(Math.min(a4, a5), a6));
	}

	/** The largest distance that could still enter the full top-k (its entry key, negated). */
	private static int admissible(TopCandidates into) {
		double key = into.entryKey();
		return key == Double.NEGATIVE_INFINITY ? Integer.MAX_VALUE : (int) -key;
	}

	/** One alignment, two accumulators for instruction-level parallelism. */
	static void scanSingle(long[] g, long[] p, int limit, int from, int to, TopCandidates into) {
		for (int t = from; t < to; t++) {
			int base = t * IrisLayout.WORDS;
			int a0 = 0, a1 = 0;
			for (int j = 0; j < IrisLayout.WORDS; j += 2) {
				a0 += Long.bitCount(g[base + j] ^ p[j]);
				a1 += Long.bitCount(g[base + j + 1] ^ p[j + 1]);
			}
			offer(into, t, a0 + a1, limit);
		}
	}

	/** The memory floor: sum every word of entries [from, to). */
	static long sum(long[] g, int from, int to) {
		long s0 = 0, s1 = 0;
		for (int i = from * IrisLayout.WORDS, end = to * IrisLayout.WORDS; i < end; i += 2) {
			s0 += g[i];
			s1 += g[i + 1];
		}
		return s0 + s1;
	}

	private static void offer(TopCandidates into, int index, int distanceBits, int limit) {
		if (distanceBits <= limit && -distanceBits >= into.entryKey()) {
			into.offer(index, -distanceBits);
		}
	}
}
