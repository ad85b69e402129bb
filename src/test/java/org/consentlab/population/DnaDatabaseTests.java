package org.consentlab.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.consentlab.biometrics.Candidate;
import org.consentlab.biometrics.SearchOptions;
import org.consentlab.biometrics.dna.Relationship;
import org.junit.jupiter.api.Test;

/** Lab L4 end to end: a sample from someone never enrolled leads to their enrolled relatives. */
class DnaDatabaseTests {

	private static final Population POPULATION = Population.generate(31);

	@Test
	void searchWhenProbeFromNonEnrolledPersonThenEnrolledFirstDegreeRelativesSurface() {
		DnaDatabase db = DnaDatabase.enrol(POPULATION, 0.2, 9);
		PopulationBiometrics biometrics = new PopulationBiometrics(POPULATION);
		int searches = 0;
		int relativeFirst = 0;
		for (int id = 0; id < POPULATION.size() && searches < 60; id++) {
			List<Integer> relatives = POPULATION.family(id).firstDegree().stream().filter(db::contains).toList();
			if (db.contains(id) || relatives.isEmpty()) {
				continue;
			}
			searches++;
			Relationship kind = POPULATION.family(id).siblings().contains(relatives.get(0)) ? Relationship.FULL_SIBLINGS
					: Relationship.PARENT_CHILD;
			List<Candidate> hits = db.search(biometrics.dna(id), kind, 100, SearchOptions.top(5));
			relativeFirst += !hits.isEmpty() && relatives.contains(hits.get(0).galleryIndex()) ? 1 : 0;
		}
		// The IBD model predicts ≥ 94 % detection at index 100 for siblings and ~100 % for parent–child.
		assertThat(searches).isEqualTo(60);
		assertThat(relativeFirst).isGreaterThanOrEqualTo(50);
	}

	@Test
	void enrolWhenNoCoverageThenEmptyAndSearchFindsNobody() {
		DnaDatabase db = DnaDatabase.enrol(POPULATION, 0, 9);
		assertThat(db.enrolledIds()).isEmpty();
		assertThat(db.search(new PopulationBiometrics(POPULATION).dna(1), Relationship.FULL_SIBLINGS, 100, SearchOptions.top(5))).isEmpty();
	}

}
