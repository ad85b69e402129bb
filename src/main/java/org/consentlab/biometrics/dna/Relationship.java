package org.consentlab.biometrics.dna;

/**
 * A relationship as the probabilities (k₀, k₁, k₂) that two people share 0, 1 or 2 alleles
 * identical by descent at a locus (/sources#dna-kinship; e.g. R package ribd, {@code kappaIBD}).
 */
public enum Relationship {
	PARENT_CHILD(0, 1, 0),
	FULL_SIBLINGS(0.25, 0.5, 0.25),
	HALF_SIBLINGS(0.5, 0.5, 0),
	FIRST_COUSINS(0.75, 0.25, 0),
	UNRELATED(1, 0, 0);

	private final double k0;

	private final double k1;

	private final double k2;

	Relationship(double k0, double k1, double k2) {
		this.k0 = k0;
		this.k1 = k1;
		this.k2 = k2;
	}

	public double k0() {
		return this.k0;
	}

	public double k1() {
		return this.k1;
	}

	public double k2() {
		return this.k2;
	}
}
