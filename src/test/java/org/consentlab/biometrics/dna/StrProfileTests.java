package org.consentlab.biometrics.dna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.consentlab.biometrics.BiometricException;
import org.consentlab.biometrics.BiometricException.Problem;
import org.junit.jupiter.api.Test;

class StrProfileTests {

	@Test
	void parseWhenSerializedThenSameProfile() {
		StrProfile profile = StrInheritance.founder(1, 2, StrPopulation.ALL);
		assertThat(StrProfile.parse(profile.serialize())).isEqualTo(profile);
		assertThat(profile.serialize()).startsWith("CSF1PO=").contains(";vWA=");
	}

	@Test
	void parseWhenLociMissingThenMalformedProbe() {
		assertThatThrownBy(() -> StrProfile.parse("TH01=6,9.3"))
				.isInstanceOfSatisfying(
						BiometricException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MALFORMED_PROBE))
				.hasMessageContaining("20 CODIS loci");
	}

	@Test
	void parseWhenAlleleUnknownThenUnknownGeneticMarker() {
		String text =
				StrInheritance.founder(1, 2, StrPopulation.ALL).serialize().replaceFirst("TH01=[^;]+", "TH01=6,99");
		assertThatThrownBy(() -> StrProfile.parse(text))
				.isInstanceOfSatisfying(
						BiometricException.class,
						e -> assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_GENETIC_MARKER))
				.hasMessageContaining("99");
	}

	@Test
	void childWhenInheritedThenEveryAlleleFromAParent() {
		for (int family = 0; family < 500; family++) {
			StrProfile mother = StrInheritance.founder(9, 3 * family, StrPopulation.HISPANIC);
			StrProfile father = StrInheritance.founder(9, 3 * family + 1, StrPopulation.ASIAN);
			StrProfile child = StrInheritance.child(9, 3 * family + 2, mother, father);
			for (Locus locus : Locus.values()) {
				assertThat(MendelianCheck.consistent(child, mother, father, locus))
						.isTrue();
			}
		}
	}

	@Test
	void founderWhenSameSeedThenSameProfile() {
		assertThat(StrInheritance.founder(3, 4, StrPopulation.ALL))
				.isEqualTo(StrInheritance.founder(3, 4, StrPopulation.ALL));
	}
}
