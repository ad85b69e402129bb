package org.consentlab.biometrics.iris;

import org.consentlab.biometrics.TopCandidates;

/**
 * The inner loops of the iris gallery, written for the JIT: long-word XOR + {@link Long#bitCount}
 * (one POPCNT instruction), several independent accumulators, and every gallery word loaded once.
 * Masks are not read: gallery and probe keep zeros in the shared occluded bytes, so XOR is zero
 * there and the distance is simply the disagreeing bits over {@link IrisLayout#VALID_BITS}.
 */
final class IrisKernels {

	private IrisKernels() {
	}

	/** Best of 7 rotations; {@code p} holds the rotated probes interleaved: word j of rotation r at 7j + r. */
	static void scanRotations(long[] g, long[] p, int limit, int from, int to, TopCandidates into) {
		for (int t = from; t < to; t++) {
			int base = t * IrisLayout.WORDS;
			int a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0;
			for (int j = 0, q = 0; j < IrisLayout.WORDS; j++, q += 7) {
				long w = g[base + j];
				a0 += Long.bitCount(w ^ p[q]);
				a1 += Long.bitCount(w ^ p[q + 1]);
				a2 += Long.bitCount(w ^ p[q + 2]);
				a3 += Long.bitCount(w ^ p[q + 3]);
				a4 += Long.bitCount(w ^ p[q + 4]);
				a5 += Long.bitCount(w ^ p[q + 5]);
				a6 += Long.bitCount(w ^ p[q + 6]);
			}
			int best = Math.min(Math.min(Math.min(a0, a1), Math.min(a2, a3)), Math.min(Math.min(a4, a5), a6));
			offer(into, t, best, limit);
		}
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
