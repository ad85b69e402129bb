package org.consentlab.biometrics.dna;

/**
 * Random match probabilities (/sources#dna-kinship): the chance that an unrelated person — or a full
 * sibling — has the same 20-locus profile, assuming Hardy–Weinberg proportions and independent
 * loci, with no θ correction (so values are illustrative, as the data README says).
 */
public final class RandomMatchProbability {

	private RandomMatchProbability() {}

	/** Probability that an unrelated person of the group has exactly {@code profile}: Π p² or 2pq. */
	public static double ofProfile(StrProfile profile, StrPopulation population) {
		AlleleFrequencies tables = AlleleFrequencies.nist1036();
		double product = 1;
		for (Locus locus : Locus.values()) {
			double pa = tables.frequency(population, locus, profile.allele(locus, 0));
			double pb = tables.frequency(population, locus, profile.allele(locus, 1));
			product *= profile.homozygous(locus) ? pa * pa : 2 * pa * pb;
		}
		return product;
	}

	/** Average match probability of two unrelated people over all 20 loci: Π (2(Σp²)² − Σp⁴). */
	public static double averageUnrelated(StrPopulation population) {
		AlleleFrequencies tables = AlleleFrequencies.nist1036();
		double product = 1;
		for (Locus locus : Locus.values()) {
			product *= tables.matchProbability(population, locus);
		}
		return product;
	}

	/** Average match probability of two full siblings: Π (1 + 2Σp² + 2(Σp²)² − Σp⁴)/4. */
	public static double averageFullSiblings(StrPopulation population) {
		AlleleFrequencies tables = AlleleFrequencies.nist1036();
		double product = 1;
		for (Locus locus : Locus.values()) {
			double s2 = tables.sumOfSquares(population, locus);
			product *= (1 + 2 * s2 + tables.matchProbability(population, locus)) / 4;
		}
		return product;
	}
}
