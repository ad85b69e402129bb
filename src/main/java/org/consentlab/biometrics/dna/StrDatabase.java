package org.consentlab.biometrics.dna;

import java.util.Arrays;
import java.util.function.IntFunction;
import org.consentlab.biometrics.BiometricException.Problem;
import org.consentlab.biometrics.Require;

/**
 * A DNA database: every profile as 40 bytes in one array (a million profiles take 40 MB), entry i
 * standing for whatever id the caller keeps at position i.
 */
public final class StrDatabase {

	/** The largest database the simulation builds. */
	public static final int MAX_SIZE = 2_000_000;

	private final byte[] alleles;

	private final int size;

	private StrDatabase(byte[] alleles, int size) {
		this.alleles = alleles;
		this.size = size;
	}

	/** A database of {@code size} profiles, entry i being {@code profileOf(i)}. */
	public static StrDatabase of(int size, IntFunction<StrProfile> profileOf) {
		Require.inRange(size, 1, MAX_SIZE, Problem.SIZE_OUT_OF_RANGE, "The number of DNA profiles in a database");
		int width = 2 * Locus.COUNT;
		byte[] alleles = new byte[size * width];
		for (int i = 0; i < size; i++) {
			System.arraycopy(profileOf.apply(i).alleles(), 0, alleles, i * width, width);
		}
		return new StrDatabase(alleles, size);
	}

	public int size() {
		return this.size;
	}

	/** The profile at {@code index}. */
	public StrProfile profile(int index) {
		int width = 2 * Locus.COUNT;
		return new StrProfile(Arrays.copyOfRange(this.alleles, index * width, (index + 1) * width));
	}

	/** Raw allele number {@code slot} (0–39) of entry {@code index}, for scans. */
	int allele(int index, int slot) {
		return this.alleles[index * 2 * Locus.COUNT + slot];
	}
}
