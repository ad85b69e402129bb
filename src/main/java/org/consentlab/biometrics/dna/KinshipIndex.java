package org.consentlab.biometrics.dna;

/**
 * The kinship index: how much likelier two profiles are if the people are related as stated than
 * if they are unrelated. Per locus LR = k₀ + k₁·P(G_y | G_x, 1 IBD)/P(G_y) + k₂·P(G_y | G_x, 2 IBD)/P(G_y),
 * multiplied over the loci (/sources#dna-kinship). For parent–child this is the paternity index (e.g.
 * child ab, parent aa: 1/(2p_a)); for full siblings the sibling index (both ab:
 * (1 + p_a + p_b + 2p_ap_b)/(8p_ap_b), as in Brenner's table, https://dna-view.com/sibfmla.htm).
 * No mutation is modelled, so one mismatching locus sets a parent–child index to 0.
 */
public final class KinshipIndex {

	private KinshipIndex() {}

	/** log₁₀ of the kinship index of {@code x} and {@code y} for {@code relationship}. */
	public static double log10(StrProfile x, StrProfile y, Relationship relationship, StrPopulation population) {
		double sum = 0;
		for (Locus locus : Locus.values()) {
			sum += Math.log10(atLocus(x, y, locus, relationship, population));
		}
		return sum;
	}

	/** The kinship index itself (may overflow to ∞ or underflow to 0 for extreme pairs). */
	public static double of(StrProfile x, StrProfile y, Relationship relationship, StrPopulation population) {
		return Math.pow(10, log10(x, y, relationship, population));
	}

	/** The likelihood ratio at one locus. */
	public static double atLocus(StrProfile x, StrProfile y, Locus locus, Relationship r, StrPopulation population) {
		return atLocus(
				x.allele(locus, 0), x.allele(locus, 1), y.allele(locus, 0), y.allele(locus, 1), locus, r, population);
	}

	/** The likelihood ratio at one locus for x = (x0, x1) and y = (a, b), given as allele numbers. */
	static double atLocus(int x0, int x1, int a, int b, Locus locus, Relationship r, StrPopulation population) {
		AlleleFrequencies tables = AlleleFrequencies.nist1036();
		double pa = tables.frequency(population, locus, a);
		double pb = tables.frequency(population, locus, b);
		double genotype = a == b ? pa * pa : 2 * pa * pb;
		double oneIbd = (givenShared(x0, a, b, pa, pb) + givenShared(x1, a, b, pa, pb)) / 2;
		boolean same = (x0 == a && x1 == b) || (x0 == b && x1 == a);
		return r.k0() + r.k1() * oneIbd / genotype + (same ? r.k2() / genotype : 0);
	}

	/** P(y's genotype ab | y received allele {@code s} by descent): the other allele comes from the population. */
	private static double givenShared(int s, int a, int b, double pa, double pb) {
		if (a == b) {
			return s == a ? pa : 0;
		}
		return (s == a ? pb : 0) + (s == b ? pa : 0);
	}
}
