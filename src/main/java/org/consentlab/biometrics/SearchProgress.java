package org.consentlab.biometrics;

/**
 * Receives progress of a long computation (a 1:N search or a population build). Called from
 * worker threads, once per finished chunk, with a running total; implementations must be
 * thread-safe and quick (e.g. store the numbers for a progress bar).
 */
@FunctionalInterface
public interface SearchProgress {

	/** A listener that ignores progress. */
	SearchProgress NONE = (done, total) -> {};

	/** {@code done} of {@code total} items are finished. */
	void update(long done, long total);
}
