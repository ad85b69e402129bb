package org.consentlab.biometrics.dna;

/** Test helper: is a child's genotype at a locus one allele from each parent? */
public final class MendelianCheck {

	private MendelianCheck() {}

	public static boolean consistent(StrProfile child, StrProfile mother, StrProfile father, Locus locus) {
		int a = child.allele(locus, 0);
		int b = child.allele(locus, 1);
		return (carries(mother, locus, a) && carries(father, locus, b))
				|| (carries(mother, locus, b) && carries(father, locus, a));
	}

	private static boolean carries(StrProfile parent, Locus locus, int allele) {
		return parent.allele(locus, 0) == allele || parent.allele(locus, 1) == allele;
	}
}
