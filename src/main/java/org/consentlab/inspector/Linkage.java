package org.consentlab.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.consentlab.verifier.VerifierTransactions;

/**
 * What verifiers could link if they pooled their logs (lab L10): every pair of a learner's accepted
 * presentations at two different verifiers, with the correlation handles the two have in common, and
 * whether both were the same kind of document. Two different documents (an ID and a work permit)
 * never had handles to share, so only a pair of the same kind shows that a credential was unlinked;
 * the page and the lab's check both read that from here, so they say the same thing.
 */
public final class Linkage {

	/** Two presentations at two verifiers; {@code shared} empty when nothing links them. */
	public record Pair(
			VerifierTransactions.Shown first,
			VerifierTransactions.Shown second,
			List<String> shared,
			boolean sameDocument) {

		public boolean linkable() {
			return !shared.isEmpty();
		}

		/** Two showings of the same kind of document that share nothing: a credential unlinked. */
		public boolean unlinked() {
			return sameDocument && shared.isEmpty();
		}
	}

	/** How many recent presentations are compared: enough for a lab, bounded for the page. */
	public static final int RECENT = 30;

	private Linkage() {}

	/**
	 * The pairs, with {@code documentOf} naming the kind of document each verifier asks for (its
	 * credential type), so that pairs of the same kind can be told apart.
	 */
	public static List<Pair> pairs(List<VerifierTransactions.Shown> shown, Function<String, String> documentOf) {
		List<Pair> pairs = new ArrayList<>();
		for (int i = 0; i < shown.size(); i++) {
			for (int j = i + 1; j < shown.size(); j++) {
				VerifierTransactions.Shown x = shown.get(i);
				VerifierTransactions.Shown y = shown.get(j);
				if (!x.verifierId().equals(y.verifierId())) {
					boolean same = documentOf.apply(x.verifierId()).equals(documentOf.apply(y.verifierId()));
					pairs.add(new Pair(x, y, x.handles().sharedWith(y.handles()), same));
				}
			}
		}
		return pairs;
	}
}
