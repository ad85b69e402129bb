package org.consentlab.biometrics.face;

import java.util.SplittableRandom;
import org.consentlab.biometrics.Seeds;

/**
 * Synthetic face embeddings, each derived only from (seed, subject, capture). An identity is a
 * random unit vector c in the 200-dimensional identity space; a capture is x = norm(c + r·g) with
 * g ~ N(0, I/200) and r ~ LogNormal from the {@link FacePreset} (/sources#face-model, our model). The
 * 200-d vector is then spread over the engine's 512 dimensions by a fixed orthogonal transform
 * (random signs and a Walsh–Hadamard transform), which keeps every cosine unchanged.
 *
 * <p>Note: real random unit vectors have a lighter impostor tail than the Gaussian the thresholds
 * assume (/sources#face-model): with these vectors use 0.296 / 0.328 for FMR 10⁻⁵ / 10⁻⁶ and 0.421 for
 * FPIR 0.003 at 12 million; {@link FaceModel} draws the Gaussian for statistics.
 */
public final class FaceEmbeddings {

	/** Dimensions of the engine's embeddings (the width of ArcFace-type networks). */
	public static final int DIMENSIONS = 512;

	private static final long FACE = 0xFACEL;

	private static final float[] SIGNS = signs();

	private FaceEmbeddings() {}

	/** The embedding stored at enrolment (capture 0) of {@code subject}. */
	public static float[] enrolment(long seed, long subject, FacePreset preset) {
		return capture(seed, subject, 0, preset);
	}

	/** Capture number {@code capture} of {@code subject}: a unit vector of 512 floats. */
	public static float[] capture(long seed, long subject, int capture, FacePreset preset) {
		double[] identity = identity(seed, subject);
		SplittableRandom random = Seeds.random(seed, FACE, subject, capture + 1L);
		double r = FaceModel.noiseScale(random, preset);
		double scale = r / Math.sqrt(FaceModel.EFFECTIVE_DIMENSIONS);
		double[] x = new double[DIMENSIONS];
		for (int i = 0; i < FaceModel.EFFECTIVE_DIMENSIONS; i++) {
			x[i] = identity[i] + scale * random.nextGaussian();
		}
		return spread(x);
	}

	/** Cosine similarity of two unit embeddings. */
	public static double cosine(float[] a, float[] b) {
		double dot = 0;
		for (int i = 0; i < a.length; i++) {
			dot += (double) a[i] * b[i];
		}
		return dot;
	}

	private static double[] identity(long seed, long subject) {
		SplittableRandom random = Seeds.random(seed, FACE, subject, 0);
		double[] c = new double[FaceModel.EFFECTIVE_DIMENSIONS];
		double norm = 0;
		for (int i = 0; i < c.length; i++) {
			c[i] = random.nextGaussian();
			norm += c[i] * c[i];
		}
		double inverse = 1 / Math.sqrt(norm);
		for (int i = 0; i < c.length; i++) {
			c[i] *= inverse;
		}
		return c;
	}

	/** Random signs, Walsh–Hadamard transform, then scaling to unit length. */
	private static float[] spread(double[] x) {
		for (int i = 0; i < DIMENSIONS; i++) {
			x[i] *= SIGNS[i];
		}
		for (int h = 1; h < DIMENSIONS; h <<= 1) {
			for (int i = 0; i < DIMENSIONS; i += h << 1) {
				for (int j = i; j < i + h; j++) {
					double a = x[j];
					x[j] = a + x[j + h];
					x[j + h] = a - x[j + h];
				}
			}
		}
		double norm = 0;
		for (double v : x) {
			norm += v * v;
		}
		float[] out = new float[DIMENSIONS];
		double inverse = 1 / Math.sqrt(norm);
		for (int i = 0; i < DIMENSIONS; i++) {
			out[i] = (float) (x[i] * inverse);
		}
		return out;
	}

	private static float[] signs() {
		SplittableRandom random = new SplittableRandom(0x5161L);
		float[] s = new float[DIMENSIONS];
		for (int i = 0; i < DIMENSIONS; i++) {
			s[i] = random.nextBoolean() ? 1f : -1f;
		}
		return s;
	}
}
