package org.consentlab.biometrics.iris;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
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
 * A 1:N iris gallery: every enrolled code in one {@code long[]} (32 words each, no object per
 * template), all sharing the mask of {@link IrisLayout}, so one million codes take 256 MB and no
 * per-code mask is stored. Searches scan all cores, read each gallery word once and compare it
 * with all 7 rotated probes, and return the candidates at or below a Hamming-distance threshold.
 */
public final class IrisGallery {

	/** The largest gallery the simulation builds (the lab's one-million search). */
	public static final int MAX_SIZE = 1_000_000;

	private static final int ROTATIONS = 2 * IrisLayout.MAX_ROTATION + 1;

	private final long[] words;

	private final int size;

	private IrisGallery(long[] words, int size) {
		this.words = words;
		this.size = size;
	}

	/** A gallery of {@code size} codes, entry i having the bits {@code bitsOf(i)}, built on all cores. */
	public static IrisGallery of(int size, IntFunction<long[]> bitsOf, SearchProgress progress) {
		Require.inRange(size, 1, MAX_SIZE, Problem.SIZE_OUT_OF_RANGE, "The number of iris codes in a gallery");
		long[] words = new long[size * IrisLayout.WORDS];
		AtomicLong done = new AtomicLong();
		int chunks = (size + ParallelScan.CHUNK - 1) / ParallelScan.CHUNK;
		IntStream.range(0, chunks).parallel().forEach(chunk -> {
			int from = chunk * ParallelScan.CHUNK;
			int to = Math.min(size, from + ParallelScan.CHUNK);
			for (int i = from; i < to; i++) {
				IrisCode code = IrisCode.withSharedMask(bitsOf.apply(i));
				System.arraycopy(code.bits(), 0, words, i * IrisLayout.WORDS, IrisLayout.WORDS);
			}
			progress.update(done.addAndGet(to - from), size);
		});
		return new IrisGallery(words, size);
	}

	/** A gallery where entry i is the enrolment of synthetic subject i (see {@link IrisCodes}). */
	public static IrisGallery synthetic(long seed, int size, SearchProgress progress) {
		return of(size, i -> IrisCodes.enrolmentBits(seed, i), progress);
	}

	public int size() {
		return this.size;
	}

	/** The code enrolled at {@code index}. */
	public IrisCode code(int index) {
		long[] bits = new long[IrisLayout.WORDS];
		System.arraycopy(this.words, index * IrisLayout.WORDS, bits, 0, IrisLayout.WORDS);
		return IrisCode.withSharedMask(bits);
	}

	/** Heap held by the codes: 256 bytes per code plus one shared 256-byte mask. */
	public long footprintBytes() {
		return (long) this.words.length * Long.BYTES + IrisLayout.BITS / 8;
	}

	/** 1:N search with rotation compensation: candidates whose best-of-7 HD is ≤ {@code maxDistance}. */
	public SearchResult search(IrisCode probe, double maxDistance, SearchOptions options) {
		long[] rotated = interleavedRotations(checkProbe(probe));
		int limit = limitBits(maxDistance);
		return ParallelScan.run(
				this.size,
				(from, to, into) -> IrisKernels.scanRotations(this.words, rotated, limit, from, to, into),
				options,
				IrisGallery::keyToDistance);
	}

	/** 1:N search at the probe's own alignment only (no rotation compensation). */
	public SearchResult searchSingleAlignment(IrisCode probe, double maxDistance, SearchOptions options) {
		long[] bits = checkProbe(probe).bits();
		int limit = limitBits(maxDistance);
		return ParallelScan.run(
				this.size,
				(from, to, into) -> IrisKernels.scanSingle(this.words, bits, limit, from, to, into),
				options,
				IrisGallery::keyToDistance);
	}

	/** One streaming pass summing every gallery word on all cores: the memory floor of a search. */
	public long streamingSum() {
		LongAdder sum = new LongAdder();
		ParallelScan.run(
				this.size,
				(from, to, into) -> sum.add(IrisKernels.sum(this.words, from, to)),
				SearchOptions.top(1),
				key -> key);
		return sum.sum();
	}

	private static IrisCode checkProbe(IrisCode probe) {
		if (probe == null || !probe.hasSharedMask()) {
			throw new BiometricException(
					Problem.MALFORMED_PROBE,
					"This gallery compares codes captured with the standard mask; the probe uses a different one.");
		}
		return probe;
	}

	private static long[] interleavedRotations(IrisCode probe) {
		long[] out = new long[IrisLayout.WORDS * 8];
		for (int r = 0; r < ROTATIONS; r++) {
			long[] turned = probe.rotate(r - IrisLayout.MAX_ROTATION).bits();
			for (int j = 0; j < IrisLayout.WORDS; j++) {
				out[j * 8 + r] = turned[j];
			}
		}
		return out;
	}

	private static int limitBits(double maxDistance) {
		IrisModel.checkThreshold(maxDistance);
		return (int) Math.floor(maxDistance * IrisLayout.VALID_BITS + 1e-9);
	}

	private static double keyToDistance(double key) {
		return -key / IrisLayout.VALID_BITS;
	}
}
