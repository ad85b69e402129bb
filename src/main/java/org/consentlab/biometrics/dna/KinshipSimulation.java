package org.consentlab.biometrics.dna;

import java.util.SplittableRandom;
import org.consentlab.biometrics.BiometricException.Problem;
import org.consentlab.biometrics.Require;
import org.consentlab.biometrics.Seeds;

/**
 * The kinship model's own prediction, independent of any family tree: pairs of profiles are drawn
 * straight from the IBD coefficients (at each locus the pair shares 0, 1 or 2 alleles by descent
 * with probabilities k₀, k₁, k₂; everything else comes from the allele frequencies), and we count
 * how often the kinship index passes a threshold (/sources#dna-kinship did the same with 1 M pairs).
 */
public final class KinshipSimulation {

	private KinshipSimulation() {}

	/**
	 * Share of simulated pairs truly related as {@code truth} whose index for {@code testedAs}
	 * exceeds {@code threshold}; e.g. (FULL_SIBLINGS, FULL_SIBLINGS, 100) is the sibling detection
	 * rate and (UNRELATED, FULL_SIBLINGS, 100) the false lead rate.
	 */
	public static double exceedanceRate(
			Relationship truth,
			Relationship testedAs,
			double threshold,
			StrPopulation population,
			int pairs,
			long seed) {
		Require.inRange(pairs, 1, 10_000_000, Problem.PARAMETER_OUT_OF_RANGE, "The number of simulated pairs");
		double log = Math.log10(threshold);
		int above = 0;
		for (int i = 0; i < pairs; i++) {
			SplittableRandom random = Seeds.random(seed, 0x4B1DL, i);
			StrProfile x = StrInheritance.founder(Seeds.derive(seed, i), i, population);
			StrProfile y = relative(x, truth, population, random);
			above += KinshipIndex.log10(x, y, testedAs, population) > log ? 1 : 0;
		}
		return (double) above / pairs;
	}

	/** A profile related to {@code x} as {@code truth}, drawn locus by locus from the IBD states. */
	static StrProfile relative(StrProfile x, Relationship truth, StrPopulation population, SplittableRandom random) {
		AlleleFrequencies tables = AlleleFrequencies.nist1036();
		byte[] alleles = new byte[2 * Locus.COUNT];
		for (Locus locus : Locus.values()) {
			double u = random.nextDouble();
			int shared = u < truth.k0() ? 0 : u < truth.k0() + truth.k1() ? 1 : 2;
			int slot = 2 * locus.ordinal();
			alleles[slot] = (byte)
					(shared >= 1 ? x.allele(locus, random.nextInt(2)) : tables.sample(population, locus, random));
			alleles[slot + 1] = (byte)
					(shared == 2 ? otherAllele(x, locus, alleles[slot]) : tables.sample(population, locus, random));
		}
		return new StrProfile(alleles);
	}

	private static int otherAllele(StrProfile x, Locus locus, int taken) {
		return x.allele(locus, 0) == taken ? x.allele(locus, 1) : x.allele(locus, 0);
	}
}
