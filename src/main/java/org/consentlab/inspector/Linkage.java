package org.consentlab.inspector;

import java.util.ArrayList;
import java.util.List;
import org.consentlab.verifier.VerifierTransactions;

/**
 * What verifiers could link if they pooled their logs (lab L10): every pair of a learner's accepted
 * presentations at two different verifiers, with the correlation handles the two have in common.
 */
public final class Linkage {

	/** Two presentations at two verifiers; {@code shared} empty when nothing links them. */
	public record Pair(VerifierTransactions.Shown first, VerifierTransactions.Shown second, List<String> shared) {

		public boolean linkable() {
			return !shared.isEmpty();
		}
	}

	/** How many recent presentations are compared: enough for a lab, bounded for the page. */
	public static final int RECENT = 30;

	private Linkage() {}

	public static List<Pair> pairs(List<VerifierTransactions.Shown> shown) {
		List<Pair> pairs = new ArrayList<>();
		for (int i = 0; i < shown.size(); i++) {
			for (int j = i + 1; j < shown.size(); j++) {
				VerifierTransactions.Shown x = shown.get(i);
				VerifierTransactions.Shown y = shown.get(j);
				if (!x.verifierId().equals(y.verifierId())) {
					pairs.add(new Pair(x, y, x.handles().sharedWith(y.handles())));
				}
			}
		}
		return pairs;
	}
}
