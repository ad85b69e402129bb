package org.consentlab.biometrics;

import java.util.List;

/**
 * The outcome of a 1:N search: candidates past the threshold, best first (ties broken by the lower
 * gallery index, so results never depend on thread timing); how many gallery entries were
 * compared; and whether the search was cancelled (then the candidates cover only the part
 * scanned).
 */
public record SearchResult(List<Candidate> candidates, long compared, boolean cancelled) {

	public SearchResult {
		candidates = List.copyOf(candidates);
	}

	/** True when at least one gallery entry passed the threshold, i.e. the search "found someone". */
	public boolean hasCandidates() {
		return !this.candidates.isEmpty();
	}
}
