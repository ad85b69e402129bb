package org.consentlab.registry.dna;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.consentlab.population.Population;
import org.consentlab.registry.RegistryWorld;
import org.junit.jupiter.api.Test;

/** Lab L4 end to end: a sample from someone never enrolled leads to their enrolled relatives. */
class DnaDatabaseTests {

	private static final DnaDatabase DNA = new DnaDatabase(new RegistryWorld());

	@Test
	void searchWhenProbeFromNonEnrolledPersonThenEnrolledFirstDegreeRelativesSurface() {
		Population people = new RegistryWorld().population();
		int searches = 0;
		int relativeFirst = 0;
		for (int id = 0; id < people.size() && searches < 60; id++) {
			int person = id;
			List<Integer> relatives = people.family(id).firstDegree().stream()
					.filter(DNA::enrolled)
					.toList();
			if (DNA.enrolled(id) || relatives.isEmpty()) {
				continue;
			}
			searches++;
			List<DnaDatabase.Lead> leads = DNA.search(person);
			relativeFirst += !leads.isEmpty() && relatives.contains(leads.get(0).personId()) ? 1 : 0;
			assertThat(leads)
					.allSatisfy(
							lead -> assertThat(DNA.enrolled(lead.personId())).isTrue());
		}
		// The IBD model predicts ≥ 94 % detection at index 100 for siblings and ~100 % for parent–child.
		assertThat(searches).isEqualTo(60);
		assertThat(relativeFirst).isGreaterThanOrEqualTo(50);
	}

	@Test
	void sampleWhenDrawnForALearnerThenNeverEnrolledAndItsBestLeadIsARelative() {
		for (long seed = 1; seed <= 5; seed++) {
			int sample = DNA.sampleOf(seed);
			assertThat(DNA.enrolled(sample)).isFalse();
			assertThat(DNA.isRelativeOf(sample, DNA.search(sample).get(0).personId()))
					.isTrue();
		}
	}
}
