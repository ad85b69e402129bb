package org.consentlab.biometrics.face;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.consentlab.biometrics.BiometricException;
import org.consentlab.biometrics.BiometricException.Problem;
import org.consentlab.biometrics.ParallelScan;
import org.consentlab.biometrics.Require;
import org.consentlab.biometrics.SearchOptions;
import org.consentlab.biometrics.SearchProgress;
import org.consentlab.biometrics.SearchResult;

/**
 * A 1:N face gallery: all embeddings in one {@code float[]} (512 floats = 2 KB each, no object per
 * template; 100,000 faces take 205 MB, a million 2 GB), scanned on all cores for candidates whose
 * cosine similarity reaches a threshold.
 */
public final class FaceGallery {

	/** The largest gallery the simulation builds. */
	public static final int MAX_SIZE = 1_000_000;

	private static final double UNIT_TOLERANCE = 1e-3;

	private final float[] data;

	private final int size;

	private FaceGallery(float[] data, int size) {
		this.data = data;
		this.size = size;
	}

	/** A gallery of {@code size} embeddings, entry i being {@code embeddingOf(i)}, built on all cores. */
	public static FaceGallery of(int size, IntFunction<float[]> embeddingOf, SearchProgress progress) {
		Require.inRange(size, 1, MAX_SIZE, Problem.SIZE_OUT_OF_RANGE, "The number of faces in a gallery");
		int d = FaceEmbeddings.DIMENSIONS;
		float[] data = new float[Math.multiplyExact(size, d)];
		AtomicLong done = new AtomicLong();
		int chunks = (size + ParallelScan.CHUNK - 1) / ParallelScan.CHUNK;
		IntStream.range(0, chunks).parallel().forEach(chunk -> {
			int from = chunk * ParallelScan.CHUNK;
			int to = Math.min(size, from + ParallelScan.CHUNK);
			for (int i = from; i < to; i++) {
				System.arraycopy(checkEmbedding(embeddingOf.apply(i)), 0, data, i * d, d);
			}
			progress.update(done.addAndGet(to - from), size);
		});
		return new FaceGallery(data, size);
	}

	/** A gallery where entry i is the enrolment of synthetic subject i. */
	public static FaceGallery synthetic(long seed, int size, FacePreset preset, SearchProgress progress) {
		return of(size, i -> FaceEmbeddings.enrolment(seed, i, preset), progress);
	}

	public int size() {
		return this.size;
	}

	/** Heap held by the embeddings. */
	public long footprintBytes() {
		return (long) this.data.length * Float.BYTES;
	}

	/** Candidates whose cosine similarity with {@code probe} is at least {@code minCosine}, best first. */
	public SearchResult search(float[] probe, double minCosine, SearchOptions options) {
		float[] p = checkEmbedding(probe).clone();
		float threshold = (float) FaceModel.checkThreshold(minCosine);
		return ParallelScan.run(
				this.size,
				(from, to, into) -> FaceKernels.scan(this.data, p, threshold, from, to, into),
				options,
				key -> key);
	}

	/** One streaming pass summing every float on all cores: the memory floor of a search. */
	public double streamingSum() {
		DoubleAdder sum = new DoubleAdder();
		int d = FaceEmbeddings.DIMENSIONS;
		ParallelScan.run(
				this.size,
				(from, to, into) -> sum.add(FaceKernels.sum(this.data, from, to, d)),
				SearchOptions.top(1),
				key -> key);
		return sum.sum();
	}

	private static float[] checkEmbedding(float[] embedding) {
		if (embedding == null || embedding.length != FaceEmbeddings.DIMENSIONS) {
			throw new BiometricException(
					Problem.MALFORMED_PROBE,
					"A face embedding has exactly " + FaceEmbeddings.DIMENSIONS + " numbers"
							+ (embedding == null ? "." : ", this one has " + embedding.length + "."));
		}
		double norm = 0;
		for (float v : embedding) {
			norm += (double) v * v;
		}
		if (!(Math.abs(Math.sqrt(norm) - 1) <= UNIT_TOLERANCE)) {
			throw new BiometricException(
					Problem.MALFORMED_PROBE,
					"A face embedding must have length 1 (a unit vector); this one has length " + Math.sqrt(norm)
							+ ".");
		}
		return embedding;
	}
}
