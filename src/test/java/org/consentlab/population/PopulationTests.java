package org.consentlab.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import org.consentlab.biometrics.BiometricException;
import org.consentlab.biometrics.BiometricException.Problem;
import org.consentlab.biometrics.SearchProgress;
import org.junit.jupiter.api.Test;

class PopulationTests {

	private static final Population POPULATION = Population.generate(2026);

	@Test
	void generateWhenSameSeedOnOneCoreThenSamePeople() throws Exception {
		ForkJoinPool oneCore = new ForkJoinPool(1);
		try {
			Population again = oneCore.submit(
							() -> Population.generate(2026, Population.DEFAULT_SIZE, SearchProgress.NONE))
					.get();
			for (int id = 0; id < POPULATION.size(); id += 97) {
				assertThat(again.person(id)).isEqualTo(POPULATION.person(id));
			}
		} finally {
			oneCore.shutdown();
		}
		assertThat(Population.generate(2027).person(5)).isNotEqualTo(POPULATION.person(5));
	}

	@Test
	void generateWhenDefaultThenTenThousandVariedPeopleAndProgress() {
		AtomicLong last = new AtomicLong();
		Population p = Population.generate(7, 10_000, (done, total) -> last.set(done));
		assertThat(p.size()).isEqualTo(10_000);
		assertThat(last.get()).isEqualTo(10_000);
		Set<Country> countries = new HashSet<>();
		Set<String> givenNames = new HashSet<>();
		int abroad = 0;
		for (Person person : p.people()) {
			countries.add(person.nationality());
			givenNames.add(person.givenName());
			abroad += person.livesAbroad() ? 1 : 0;
		}
		assertThat(countries).hasSize(Country.values().length);
		assertThat(givenNames.size()).isGreaterThan(200);
		assertThat(abroad).isBetween(2_000, 6_000);
	}

	@Test
	void familyWhenGeneratedThenParentsOlderAndSiblingsShareParents() {
		int siblings = 0;
		int cousins = 0;
		for (int id = 0; id < POPULATION.size(); id++) {
			Person person = POPULATION.person(id);
			person.mother()
					.ifPresent(m ->
							assertThat(POPULATION.birthDate(m).plusYears(19)).isBefore(person.birthDate()));
			assertThat(person.mother().isPresent()).isEqualTo(person.father().isPresent());
			FamilyTies ties = POPULATION.family(id);
			for (int s : ties.siblings()) {
				long gap = Math.abs(POPULATION.birthDate(s).toEpochDay()
						- person.birthDate().toEpochDay());
				assertThat(gap).isGreaterThanOrEqualTo(425);
				assertThat(POPULATION.person(s).motherId()).isEqualTo(person.motherId());
				assertThat(POPULATION.person(s).fatherId()).isEqualTo(person.fatherId());
			}
			siblings += ties.siblings().size();
			cousins += ties.cousins().size();
		}
		assertThat(siblings).isGreaterThan(2_000);
		assertThat(cousins).isGreaterThan(2_000);
	}

	@Test
	void generateWhenSizeOutsideLimitsThenSizeOutOfRange() {
		assertThatThrownBy(() -> Population.generate(1, Population.MAX_SIZE + 1, SearchProgress.NONE))
				.isInstanceOfSatisfying(
						BiometricException.class, e -> assertThat(e.problem()).isEqualTo(Problem.SIZE_OUT_OF_RANGE))
				.hasMessageContaining("1000000");
		assertThatThrownBy(() -> Population.generate(1, 0, SearchProgress.NONE)).isInstanceOf(BiometricException.class);
	}

	@Test
	void personWhenIdUnknownThenLearnerReadableError() {
		assertThatThrownBy(() -> POPULATION.person(-1))
				.isInstanceOfSatisfying(
						BiometricException.class,
						e -> assertThat(e.problem()).isEqualTo(Problem.PARAMETER_OUT_OF_RANGE))
				.hasMessageContaining("no person with id -1");
	}
}
