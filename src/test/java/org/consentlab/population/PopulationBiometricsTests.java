package org.consentlab.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.consentlab.biometrics.dna.Locus;
import org.consentlab.biometrics.dna.MendelianCheck;
import org.consentlab.biometrics.dna.StrProfile;
import org.consentlab.biometrics.iris.IrisModel;
import org.junit.jupiter.api.Test;

class PopulationBiometricsTests {

	private static final Population POPULATION = Population.generate(11);

	private static final PopulationBiometrics BIOMETRICS = new PopulationBiometrics(POPULATION);

	@Test
	void dnaWhenChildInPopulationThenEveryAlleleFromAParent() {
		int children = 0;
		for (int id = 0; id < POPULATION.size(); id++) {
			Person person = POPULATION.person(id);
			if (person.mother().isPresent()) {
				StrProfile child = BIOMETRICS.dna(id);
				StrProfile mother = BIOMETRICS.dna(person.motherId());
				StrProfile father = BIOMETRICS.dna(person.fatherId());
				for (Locus locus : Locus.values()) {
					assertThat(MendelianCheck.consistent(child, mother, father, locus))
							.isTrue();
				}
				children++;
			}
		}
		assertThat(children).isGreaterThan(3_000);
	}

	@Test
	void templatesWhenSamePersonThenReproducibleAndMatching() {
		assertThat(BIOMETRICS.dna(42)).isEqualTo(new PopulationBiometrics(Population.generate(11)).dna(42));
		assertThat(BIOMETRICS.iris(42, 1).bestDistance(BIOMETRICS.iris(42, 0))).isLessThan(0.45);
		assertThat(BIOMETRICS.iris(42, 0).bestDistance(BIOMETRICS.iris(43, 0)))
				.isGreaterThan(IrisModel.VERIFICATION_THRESHOLD);
	}

	@Test
	void reachWhenTenPercentCoverageThenRelativesExposeMoreThanTheDatabase() {
		FamilyReach.Result none = FamilyReach.at(POPULATION, 0, 5);
		assertThat(none.enrolled()).isZero();
		assertThat(none.reachableThroughRelatives()).isZero();
		FamilyReach.Result tenth = FamilyReach.at(POPULATION, 0.10, 5);
		assertThat((double) tenth.enrolled() / POPULATION.size()).isCloseTo(0.10, within(0.015));
		assertThat(tenth.reachableShareOfOthers()).isGreaterThan(0.10);
		assertThat(FamilyReach.at(POPULATION, 0.10, 5)).isEqualTo(tenth);
	}

	@Test
	void longRangeMatchProbabilityWhenErlichPointsThenShapeModel() {
		// FACTS.md §5.6: N_eff ≈ 101 gives 60 % at 0.9 % coverage; ≈ 228 gives 99 % at 2 %.
		assertThat(FamilyReach.longRangeMatchProbability(0.009, 101)).isCloseTo(0.60, within(0.01));
		assertThat(FamilyReach.longRangeMatchProbability(0.02, 228)).isCloseTo(0.99, within(0.001));
	}
}
