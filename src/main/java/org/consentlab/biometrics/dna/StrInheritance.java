package org.consentlab.biometrics.dna;

import java.util.SplittableRandom;
import org.consentlab.biometrics.Seeds;

/**
 * Makes synthetic DNA profiles. A founder (someone whose parents are not simulated) gets two
 * alleles per locus drawn independently from a group's frequencies (Hardy–Weinberg). A child gets,
 * at every locus, one of the mother's two alleles and one of the father's, each chosen by a fair
 * coin (Mendel's first law; loci independent, no mutation). All randomness comes from (seed,
 * person), so a profile can be recreated on demand.
 */
public final class StrInheritance {

	private static final long DNA = 0xD7AL;

	private StrInheritance() {}

	/** The profile of founder {@code person}, drawn from {@code population}'s frequencies. */
	public static StrProfile founder(long seed, long person, StrPopulation population) {
		SplittableRandom random = Seeds.random(seed, DNA, person);
		AlleleFrequencies tables = AlleleFrequencies.nist1036();
		byte[] alleles = new byte[2 * Locus.COUNT];
		for (Locus locus : Locus.values()) {
			alleles[2 * locus.ordinal()] = (byte) tables.sample(population, locus, random);
			alleles[2 * locus.ordinal() + 1] = (byte) tables.sample(population, locus, random);
		}
		return new StrProfile(alleles);
	}

	/** The profile of child {@code person} of {@code mother} and {@code father}. */
	public static StrProfile child(long seed, long person, StrProfile mother, StrProfile father) {
		SplittableRandom random = Seeds.random(seed, DNA, person);
		byte[] alleles = new byte[2 * Locus.COUNT];
		for (Locus locus : Locus.values()) {
			alleles[2 * locus.ordinal()] = (byte) mother.allele(locus, random.nextInt(2));
			alleles[2 * locus.ordinal() + 1] = (byte) father.allele(locus, random.nextInt(2));
		}
		return new StrProfile(alleles);
	}
}
