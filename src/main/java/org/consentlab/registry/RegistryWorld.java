package org.consentlab.registry;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.consentlab.account.Account;
import org.consentlab.biometrics.Seeds;
import org.consentlab.population.Population;
import org.consentlab.population.PopulationBiometrics;
import org.consentlab.sandbox.Persona;
import org.springframework.stereotype.Service;

/**
 * The Registry's shared, read-only world: one synthetic population generated from a fixed seed, so
 * every learner and every instance sees the same people, and the link from each learner's persona
 * to a person in it. Generated on first use (10,000 people take well under a second).
 */
@Service
public class RegistryWorld {

	/** The population's seed: the date the migration-policy plan was approved, 19 January 2024. */
	public static final long POPULATION_SEED = Persona.POPULATION_SEED;

	private volatile Population population;

	private volatile PopulationBiometrics biometrics;

	private volatile Map<String, Integer> byPassport;

	public Population population() {
		Population p = this.population;
		if (p == null) {
			synchronized (this) {
				if (this.population == null) {
					this.population = Persona.population();
					this.biometrics = new PopulationBiometrics(this.population);
				}
				p = this.population;
			}
		}
		return p;
	}

	public PopulationBiometrics biometrics() {
		population();
		return this.biometrics;
	}

	/** The person holding a passport number, as agencies look people up. */
	public Optional<Integer> personByPassport(String number) {
		Map<String, Integer> index = this.byPassport;
		if (index == null) {
			Population people = population();
			Map<String, Integer> built = new HashMap<>();
			for (int id = 0; id < people.size(); id++) {
				built.put(people.person(id).passport().number(), id);
			}
			index = Map.copyOf(built);
			this.byPassport = index;
		}
		return Optional.ofNullable(index.get(number));
	}

	/** The learner's persona and the person the Registry files them as. */
	public Subject subjectOf(Account learner) {
		Persona persona = Persona.of(learner.seed());
		return new Subject(persona, persona.personId());
	}

	/**
	 * The other person a learner plays analyst on in lab L2: an adult of the population, different
	 * from the learner's own person, drawn from the learner's seed.
	 */
	public int targetOf(Account learner) {
		int own = subjectOf(learner).personId();
		SplittableRandom random = Seeds.random(learner.seed(), 0xA7A1L);
		Population people = population();
		while (true) {
			int id = random.nextInt(people.size());
			if (id != own && people.person(id).age() >= 18) {
				return id;
			}
		}
	}
}
