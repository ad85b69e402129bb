package org.consentlab.biometrics.dna;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.consentlab.biometrics.BiometricException;
import org.consentlab.biometrics.BiometricException.Problem;

/**
 * Allele frequencies of the NIST 1036 sample at the 20 CODIS core loci, read from the classpath
 * resource {@code biometrics/str-allele-frequencies.csv} (see its README for the source). Alleles
 * are numbered per locus in increasing repeat order, over all groups, so a profile is 40 small
 * numbers. Alleles unseen in a group get the minimum frequency 5/2n in likelihoods (/sources#dna-kinship).
 */
public final class AlleleFrequencies {

	private static final String RESOURCE = "/biometrics/str-allele-frequencies.csv";

	private static final AlleleFrequencies NIST_1036 = load();

	private final String[][] alleles;

	/** [population][locus][allele] frequency, 0 when unseen. */
	private final double[][][] frequencies;

	/** [population][locus] people typed. */
	private final int[][] typed;

	private AlleleFrequencies(String[][] alleles, double[][][] frequencies, int[][] typed) {
		this.alleles = alleles;
		this.frequencies = frequencies;
		this.typed = typed;
	}

	/** The NIST 1036 tables shipped with ConsentLab. */
	public static AlleleFrequencies nist1036() {
		return NIST_1036;
	}

	/** How many distinct alleles the tables know at {@code locus}. */
	public int alleleCount(Locus locus) {
		return this.alleles[locus.ordinal()].length;
	}

	/** The allele name (repeat number, e.g. {@code 9.3}) of allele number {@code code}. */
	public String allele(Locus locus, int code) {
		return this.alleles[locus.ordinal()][code];
	}

	/** The number of the allele called {@code name} at {@code locus}. */
	public int code(Locus locus, String name) {
		String[] known = this.alleles[locus.ordinal()];
		for (int i = 0; i < known.length; i++) {
			if (known[i].equals(name)) {
				return i;
			}
		}
		throw new BiometricException(
				Problem.UNKNOWN_GENETIC_MARKER,
				"Allele " + name + " at " + locus.label() + " does not occur in the NIST 1036 data.");
	}

	/** Frequency of allele {@code code} in the group, or the minimum 5/2n when the group lacks it. */
	public double frequency(StrPopulation population, Locus locus, int code) {
		double p = this.frequencies[population.ordinal()][locus.ordinal()][code];
		return p > 0 ? p : 5.0 / (2 * this.typed[population.ordinal()][locus.ordinal()]);
	}

	/** Draws one allele from the group's frequencies (Hardy–Weinberg: alleles drawn independently). */
	public int sample(StrPopulation population, Locus locus, SplittableRandom random) {
		double[] f = this.frequencies[population.ordinal()][locus.ordinal()];
		double u = random.nextDouble() * sum(f);
		for (int i = 0; i < f.length; i++) {
			u -= f[i];
			if (u < 0 && f[i] > 0) {
				return i;
			}
		}
		return lastSeen(f);
	}

	/** Average probability that two unrelated people share a genotype here: 2(Σp²)² − Σp⁴. */
	public double matchProbability(StrPopulation population, Locus locus) {
		double s2 = 0;
		double s4 = 0;
		for (double p : this.frequencies[population.ordinal()][locus.ordinal()]) {
			s2 += p * p;
			s4 += p * p * p * p;
		}
		return 2 * s2 * s2 - s4;
	}

	/** Σp² over the group's alleles at {@code locus} (the homozygosity). */
	double sumOfSquares(StrPopulation population, Locus locus) {
		double s2 = 0;
		for (double p : this.frequencies[population.ordinal()][locus.ordinal()]) {
			s2 += p * p;
		}
		return s2;
	}

	private static double sum(double[] f) {
		double s = 0;
		for (double p : f) {
			s += p;
		}
		return s;
	}

	private static int lastSeen(double[] f) {
		for (int i = f.length - 1; i > 0; i--) {
			if (f[i] > 0) {
				return i;
			}
		}
		return 0;
	}

	private static AlleleFrequencies load() {
		List<String[]> rows = readRows();
		String[][] alleles = catalogue(rows);
		int pops = StrPopulation.values().length;
		double[][][] freq = new double[pops][Locus.COUNT][];
		int[][] typed = new int[pops][Locus.COUNT];
		for (int p = 0; p < pops; p++) {
			for (int l = 0; l < Locus.COUNT; l++) {
				freq[p][l] = new double[alleles[l].length];
			}
		}
		AlleleFrequencies tables = new AlleleFrequencies(alleles, freq, typed);
		for (String[] row : rows) {
			int p = StrPopulation.byLabel(row[0]).ordinal();
			Locus locus = Locus.byLabel(row[1]);
			freq[p][locus.ordinal()][tables.code(locus, row[2])] = Double.parseDouble(row[3]);
			typed[p][locus.ordinal()] = Integer.parseInt(row[4]);
		}
		return tables;
	}

	private static String[][] catalogue(List<String[]> rows) {
		List<TreeSet<Double>> perLocus = new ArrayList<>();
		for (int l = 0; l < Locus.COUNT; l++) {
			perLocus.add(new TreeSet<>());
		}
		for (String[] row : rows) {
			perLocus.get(Locus.byLabel(row[1]).ordinal()).add(Double.parseDouble(row[2]));
		}
		String[][] alleles = new String[Locus.COUNT][];
		for (int l = 0; l < Locus.COUNT; l++) {
			alleles[l] = perLocus.get(l).stream().map(AlleleFrequencies::label).toArray(String[]::new);
		}
		return alleles;
	}

	private static String label(double repeats) {
		return repeats == Math.rint(repeats) ? Long.toString((long) repeats) : Double.toString(repeats);
	}

	private static List<String[]> readRows() {
		try (InputStream in = AlleleFrequencies.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing classpath resource " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			return reader.lines()
					.skip(1)
					.filter(line -> !line.isBlank())
					.map(line -> line.split(","))
					.toList();
		} catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
