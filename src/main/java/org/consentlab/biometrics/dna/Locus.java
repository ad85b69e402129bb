package org.consentlab.biometrics.dna;

import java.util.Arrays;
import org.consentlab.biometrics.BiometricException;
import org.consentlab.biometrics.BiometricException.Problem;

/**
 * The 20 CODIS core STR loci: the original 13 and the 7 added on 1 January 2017 (STRBase, "FBI
 * CODIS core STR loci", http://www.cstl.nist.gov/strbase/fbicore.htm, citing Hares 2015, FSI:G
 * 17:33–34).
 */
public enum Locus {
	CSF1PO,
	FGA,
	TH01,
	TPOX,
	VWA("vWA"),
	D3S1358,
	D5S818,
	D7S820,
	D8S1179,
	D13S317,
	D16S539,
	D18S51,
	D21S11,
	D1S1656,
	D2S441,
	D2S1338,
	D10S1248,
	D12S391,
	D19S433,
	D22S1045;

	/** Number of loci in a profile. */
	public static final int COUNT = 20;

	private final String label;

	Locus() {
		this.label = name();
	}

	Locus(String label) {
		this.label = label;
	}

	/** The name used in the literature and in the frequency file, e.g. {@code vWA}. */
	public String label() {
		return this.label;
	}

	/** True for the 13 loci of the original CODIS core set. */
	public boolean originalCore() {
		return ordinal() < 13;
	}

	/** The locus called {@code label}. */
	public static Locus byLabel(String label) {
		return Arrays.stream(values())
				.filter(l -> l.label.equals(label))
				.findFirst()
				.orElseThrow(() -> new BiometricException(
						Problem.UNKNOWN_GENETIC_MARKER, "'" + label + "' is not one of the 20 CODIS core loci."));
	}
}
