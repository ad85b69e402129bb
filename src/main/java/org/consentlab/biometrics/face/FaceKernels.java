package org.consentlab.biometrics.face;

import org.consentlab.biometrics.TopCandidates;

/**
 * The inner loops of the face gallery. The JIT does not vectorise floating-point sums (it may not
 * reorder them), so both the scan and the floor use eight independent accumulators: the CPU then
 * overlaps eight multiply-adds instead of waiting on one chain. A plain single-accumulator loop
 * runs at about a third of this speed.
 */
final class FaceKernels {

	private FaceKernels() {}

	/** Scores entries [from, to) against the probe; offers those with cosine ≥ {@code threshold}. */
	static void scan(float[] g, float[] p, float threshold, int from, int to, TopCandidates into) {
		int d = p.length;
		for (int t = from; t < to; t++) {
			float score = dot(g, t * d, p);
			if (score >= threshold && score >= into.entryKey()) {
				into.offer(t, score);
			}
		}
	}

	/** Dot product of the probe with the entry starting at {@code base}. */
	static float dot(float[] g, int base, float[] p) {
		float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
		for (int i = 0; i < p.length; i += 8) {
			s0 += g[base + i] * p[i];
			s1 += g[base + i + 1] * p[i + 1];
			s2 += g[base + i + 2] * p[i + 2];
			s3 += g[base + i + 3] * p[i + 3];
			s4 += g[base + i + 4] * p[i + 4];
			s5 += g[base + i + 5] * p[i + 5];
			s6 += g[base + i + 6] * p[i + 6];
			s7 += g[base + i + 7] * p[i + 7];
		}
		return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
	}

	/** The memory floor: sum every float of entries [from, to), entry by entry like the scan, without the multiply. */
	static double sum(float[] g, int from, int to, int d) {
		double total = 0;
		for (int t = from; t < to; t++) {
			total += sumEntry(g, t * d, d);
		}
		return total;
	}

	private static float sumEntry(float[] g, int base, int d) {
		float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
		for (int i = 0; i < d; i += 8) {
			s0 += g[base + i];
			s1 += g[base + i + 1];
			s2 += g[base + i + 2];
			s3 += g[base + i + 3];
			s4 += g[base + i + 4];
			s5 += g[base + i + 5];
			s6 += g[base + i + 6];
			s7 += g[base + i + 7];
		}
		return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
	}
}
