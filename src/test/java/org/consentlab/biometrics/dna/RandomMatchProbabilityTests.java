package org.consentlab.biometrics.dna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Match probabilities from the shipped NIST 1036 tables against the data README's independent
 * recomputation (Python, standard library): 20-locus RMP per group, to 1 %.
 */
class RandomMatchProbabilityTests {

	@Test
	void averageUnrelatedWhenEachGroupThenReadmeValues() {
		assertThat(RandomMatchProbability.averageUnrelated(StrPopulation.AFRICAN_AMERICAN) / 2.21e-25)
				.isCloseTo(1, within(0.01));
		assertThat(RandomMatchProbability.averageUnrelated(StrPopulation.ASIAN) / 1.81e-23)
				.isCloseTo(1, within(0.01));
		assertThat(RandomMatchProbability.averageUnrelated(StrPopulation.CAUCASIAN) / 1.84e-24)
				.isCloseTo(1, within(0.01));
		assertThat(RandomMatchProbability.averageUnrelated(StrPopulation.HISPANIC) / 1.50e-24)
				.isCloseTo(1, within(0.01));
		assertThat(RandomMatchProbability.averageUnrelated(StrPopulation.ALL) / 1.77e-25)
				.isCloseTo(1, within(0.01));
	}

	@Test
	void averageFullSiblingsWhenPooledThenFarLikelierThanUnrelated() {
		double siblings = RandomMatchProbability.averageFullSiblings(StrPopulation.ALL);
		// FACTS.md §5.2 gives 1 in 7 × 10⁶ over 15 loci; 20 loci make it rarer, but still ~10¹⁶ × likelier.
		assertThat(siblings).isBetween(1e-10, 1.0 / 7e6);
		assertThat(siblings / RandomMatchProbability.averageUnrelated(StrPopulation.ALL))
				.isGreaterThan(1e15);
	}

	@Test
	void ofProfileWhenHomozygousAndHeterozygousThenHardyWeinberg() {
		StrProfile profile = StrInheritance.founder(5, 5, StrPopulation.CAUCASIAN);
		AlleleFrequencies tables = AlleleFrequencies.nist1036();
		double expected = 1;
		for (Locus locus : Locus.values()) {
			double pa = tables.frequency(StrPopulation.CAUCASIAN, locus, profile.allele(locus, 0));
			double pb = tables.frequency(StrPopulation.CAUCASIAN, locus, profile.allele(locus, 1));
			expected *= profile.homozygous(locus) ? pa * pa : 2 * pa * pb;
		}
		assertThat(RandomMatchProbability.ofProfile(profile, StrPopulation.CAUCASIAN))
				.isCloseTo(expected, within(expected * 1e-12));
	}
}
