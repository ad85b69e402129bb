package org.consentlab.biometrics;

import java.util.Objects;
import org.consentlab.biometrics.BiometricException.Problem;

/**
 * How a 1:N search runs: how many candidates to return at most, the cancellation token and the
 * progress listener.
 */
public record SearchOptions(int maxCandidates, CancellationToken cancellation, SearchProgress progress) {

	/** The most candidates a search may return (a candidate list, not a dump of the gallery). */
	public static final int MAX_CANDIDATES = 1_000;

	public SearchOptions {
		Require.inRange(
				maxCandidates, 1, MAX_CANDIDATES, Problem.PARAMETER_OUT_OF_RANGE, "The number of candidates to return");
		Objects.requireNonNull(cancellation, "cancellation");
		Objects.requireNonNull(progress, "progress");
	}

	/** Up to {@code maxCandidates} candidates, no cancellation, no progress reports. */
	public static SearchOptions top(int maxCandidates) {
		return new SearchOptions(maxCandidates, CancellationToken.none(), SearchProgress.NONE);
	}

	public SearchOptions withCancellation(CancellationToken token) {
		return new SearchOptions(this.maxCandidates, token, this.progress);
	}

	public SearchOptions withProgress(SearchProgress listener) {
		return new SearchOptions(this.maxCandidates, this.cancellation, listener);
	}
}
