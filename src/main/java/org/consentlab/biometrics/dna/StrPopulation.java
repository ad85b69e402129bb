package org.consentlab.biometrics.dna;

import java.util.Arrays;
import org.consentlab.biometrics.BiometricException;
import org.consentlab.biometrics.BiometricException.Problem;

/**
 * The population groups of the NIST 1036 sample (self-declared, U.S.). The simulation uses a
 * group's table only as a source of realistic allele frequencies, not as a statement about any
 * synthetic person's ancestry. {@code ALL} pools the four groups.
 */
public enum StrPopulation {
	AFRICAN_AMERICAN("African American"),
	ASIAN("Asian"),
	CAUCASIAN("Caucasian"),
	HISPANIC("Hispanic"),
	ALL("All");

	private final String label;

	StrPopulation(String label) {
		this.label = label;
	}

	/** The group's name in the frequency file. */
	public String label() {
		return this.label;
	}

	static StrPopulation byLabel(String label) {
		return Arrays.stream(values())
				.filter(p -> p.label.equals(label))
				.findFirst()
				.orElseThrow(() -> new BiometricException(
						Problem.UNKNOWN_GENETIC_MARKER,
						"'" + label + "' is not a population group of the NIST 1036 data."));
	}
}
