package org.consentlab.biometrics.dna;

import java.util.Arrays;
import java.util.StringJoiner;
import org.consentlab.biometrics.BiometricException;
import org.consentlab.biometrics.BiometricException.Problem;

/**
 * A DNA profile: two alleles at each of the 20 CODIS core loci, stored as allele numbers of
 * {@link AlleleFrequencies} (smaller number first). Text form, for people and files:
 * {@code CSF1PO=10,12;FGA=22,24;...} with the loci in {@link Locus} order.
 */
public record StrProfile(byte[] alleles) {

	public StrProfile {
		if (alleles == null || alleles.length != 2 * Locus.COUNT) {
			throw new BiometricException(
					Problem.MALFORMED_PROBE, "A DNA profile has two alleles at each of the 20 CODIS loci (40 values).");
		}
		alleles = alleles.clone();
		AlleleFrequencies tables = AlleleFrequencies.nist1036();
		for (Locus locus : Locus.values()) {
			int i = 2 * locus.ordinal();
			for (int copy = 0; copy < 2; copy++) {
				if (alleles[i + copy] < 0 || alleles[i + copy] >= tables.alleleCount(locus)) {
					throw new BiometricException(
							Problem.UNKNOWN_GENETIC_MARKER,
							"Allele number " + alleles[i + copy] + " does not exist at " + locus.label() + ".");
				}
			}
			if (alleles[i] > alleles[i + 1]) {
				byte t = alleles[i];
				alleles[i] = alleles[i + 1];
				alleles[i + 1] = t;
			}
		}
	}

	@Override
	public byte[] alleles() {
		return this.alleles.clone();
	}

	/** Allele number of copy 0 (the smaller) or 1 at {@code locus}. */
	public int allele(Locus locus, int copy) {
		return this.alleles[2 * locus.ordinal() + copy];
	}

	/** True when both copies at {@code locus} are the same allele. */
	public boolean homozygous(Locus locus) {
		return allele(locus, 0) == allele(locus, 1);
	}

	/** Number of alleles shared with {@code other} at {@code locus} (0, 1 or 2: identity by state). */
	public int sharedAlleles(StrProfile other, Locus locus) {
		int a = allele(locus, 0);
		int b = allele(locus, 1);
		int c = other.allele(locus, 0);
		int d = other.allele(locus, 1);
		if ((a == c && b == d) || (a == d && b == c)) {
			return 2;
		}
		return (a == c || a == d || b == c || b == d) ? 1 : 0;
	}

	/** Parses the text form {@code CSF1PO=10,12;FGA=22,24;...} (all 20 loci). */
	public static StrProfile parse(String text) {
		String[] parts = text == null ? new String[0] : text.trim().split(";");
		if (parts.length != Locus.COUNT) {
			throw new BiometricException(
					Problem.MALFORMED_PROBE,
					"A DNA profile lists all 20 CODIS loci, separated by ';' — this one has " + parts.length + ".");
		}
		byte[] alleles = new byte[2 * Locus.COUNT];
		for (String part : parts) {
			String[] kv = part.split("=");
			String[] pair = kv.length == 2 ? kv[1].split(",") : new String[0];
			if (pair.length != 2) {
				throw new BiometricException(
						Problem.MALFORMED_PROBE, "Each locus is written like 'TH01=6,9.3'; '" + part + "' is not.");
			}
			Locus locus = Locus.byLabel(kv[0].trim());
			alleles[2 * locus.ordinal()] = (byte) AlleleFrequencies.nist1036().code(locus, pair[0].trim());
			alleles[2 * locus.ordinal() + 1] =
					(byte) AlleleFrequencies.nist1036().code(locus, pair[1].trim());
		}
		return new StrProfile(alleles);
	}

	/** The text form read by {@link #parse(String)}. */
	public String serialize() {
		AlleleFrequencies tables = AlleleFrequencies.nist1036();
		StringJoiner out = new StringJoiner(";");
		for (Locus locus : Locus.values()) {
			out.add(locus.label() + "=" + tables.allele(locus, allele(locus, 0)) + ","
					+ tables.allele(locus, allele(locus, 1)));
		}
		return out.toString();
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof StrProfile other && Arrays.equals(this.alleles, other.alleles);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.alleles);
	}

	@Override
	public String toString() {
		return serialize();
	}
}
