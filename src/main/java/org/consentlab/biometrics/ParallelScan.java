package org.consentlab.biometrics;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;

/**
 * Runs a gallery scan on all cores: the gallery is cut into fixed chunks, each chunk is scanned
 * into its own {@link TopCandidates} on the common fork-join pool, and the chunks are merged. The
 * cancellation token is checked before every chunk, and progress is reported after every chunk.
 * Nothing blocks: a cancelled search simply skips its remaining chunks.
 */
public final class ParallelScan {

	/** Templates per chunk: small enough for prompt cancellation, large enough to amortise tasks. */
	public static final int CHUNK = 4_096;

	private ParallelScan() {}

	/** Scans one range [from, to) of the gallery into {@code into}. */
	@FunctionalInterface
	public interface ChunkScanner {

		void scan(int from, int to, TopCandidates into);
	}

	/**
	 * Scans {@code size} entries with {@code scanner}; {@code keyToScore} turns the scanner's
	 * ranking keys (higher is better) back into scores.
	 */
	public static SearchResult run(
			int size, ChunkScanner scanner, SearchOptions options, DoubleUnaryOperator keyToScore) {
		Objects.requireNonNull(scanner);
		int chunks = (size + CHUNK - 1) / CHUNK;
		AtomicLong compared = new AtomicLong();
		CancellationToken token = options.cancellation();
		TopCandidates best = IntStream.range(0, chunks)
				.parallel()
				.mapToObj(chunk -> {
					TopCandidates local = new TopCandidates(options.maxCandidates());
					if (!token.isCancelled()) {
						int from = chunk * CHUNK;
						int to = Math.min(size, from + CHUNK);
						scanner.scan(from, to, local);
						options.progress().update(compared.addAndGet(to - from), size);
					}
					return local;
				})
				.reduce(
						new TopCandidates(options.maxCandidates()),
						(a, b) -> new TopCandidates(options.maxCandidates())
								.merge(a)
								.merge(b));
		return new SearchResult(best.toCandidates(keyToScore), compared.get(), compared.get() < size);
	}
}
