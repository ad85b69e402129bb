package org.consentlab.biometrics.dna;

import java.util.Objects;
import org.consentlab.biometrics.BiometricException.Problem;
import org.consentlab.biometrics.ParallelScan;
import org.consentlab.biometrics.Require;
import org.consentlab.biometrics.SearchOptions;
import org.consentlab.biometrics.SearchResult;

/**
 * Familial search: ranks every profile in a database by its kinship index with a probe (say, a
 * crime-scene sample from someone never enrolled) and returns those above a threshold, so that
 * relatives who never gave DNA surface through those who did (/sources#dna-kinship: at SI > 100 a
 * one-million-profile database yields hundreds of unrelated "candidates" while missing about one
 * true sibling in ten). Candidate scores are log₁₀ of the kinship index.
 */
public final class FamilialSearch {

	private final StrDatabase database;

	private final StrPopulation population;

	public FamilialSearch(StrDatabase database, StrPopulation population) {
		this.database = Objects.requireNonNull(database);
		this.population = Objects.requireNonNull(population);
	}

	/** Entries whose index for {@code relationship} is at least {@code minIndex} (e.g. 100), best first. */
	public SearchResult search(StrProfile probe, Relationship relationship, double minIndex, SearchOptions options) {
		Objects.requireNonNull(probe, "probe");
		double minLog = Math.log10(Require.inRange(
				minIndex, 0, Double.MAX_VALUE, Problem.THRESHOLD_OUT_OF_RANGE, "A kinship-index threshold"));
		return ParallelScan.run(
				this.database.size(),
				(from, to, into) -> {
					for (int i = from; i < to; i++) {
						double score = log10(i, probe, relationship);
						if (score >= minLog && score >= into.entryKey()) {
							into.offer(i, score);
						}
					}
				},
				options,
				key -> key);
	}

	private double log10(int entry, StrProfile probe, Relationship relationship) {
		double sum = 0;
		for (Locus locus : Locus.values()) {
			int slot = 2 * locus.ordinal();
			double lr = KinshipIndex.atLocus(
					this.database.allele(entry, slot),
					this.database.allele(entry, slot + 1),
					probe.allele(locus, 0),
					probe.allele(locus, 1),
					locus,
					relationship,
					this.population);
			if (lr == 0) {
				return Double.NEGATIVE_INFINITY;
			}
			sum += Math.log10(lr);
		}
		return sum;
	}
}
