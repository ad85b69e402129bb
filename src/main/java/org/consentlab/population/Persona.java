package org.consentlab.population;

import java.util.Objects;
import java.util.SplittableRandom;

import org.consentlab.biometrics.Seeds;

/** A learner's own synthetic person, with a reason to travel and the way the Registry enrols them. */
public record Persona(Person person, TravelReason reason, EnrolmentPath enrolment) {

	public Persona {
		Objects.requireNonNull(person);
		Objects.requireNonNull(reason);
		Objects.requireNonNull(enrolment);
	}

	/** Picks the persona of a learner: the same learner seed always gives the same persona. */
	public static Persona forLearner(Population population, long learnerSeed) {
		SplittableRandom random = Seeds.random(learnerSeed, 0x9E25L, population.seed());
		while (true) {
			Person person = population.person(random.nextInt(population.size()));
			if (person.age() >= 18) {
				return new Persona(person, reason(person.age(), random), enrolment(person));
			}
		}
	}

	private static TravelReason reason(int age, SplittableRandom random) {
		TravelReason[] options;
		if (age < 26) {
			options = new TravelReason[] { TravelReason.STUDENT, TravelReason.SEASONAL_WORKER, TravelReason.TOURIST,
					TravelReason.FAMILY_VISIT };
		}
		else if (age < 62) {
			options = new TravelReason[] { TravelReason.ENGINEER_ON_CONTRACT, TravelReason.JOURNALIST,
					TravelReason.RESEARCHER, TravelReason.NURSE, TravelReason.DRIVER, TravelReason.SEASONAL_WORKER,
					TravelReason.FAMILY_VISIT };
		}
		else {
			options = new TravelReason[] { TravelReason.RETIREE_VISITING_GRANDCHILDREN, TravelReason.FAMILY_VISIT,
					TravelReason.TOURIST };
		}
		return options[random.nextInt(options.length)];
	}

	private static EnrolmentPath enrolment(Person person) {
		return person.nationality() == Country.RUSSIA && person.livesAbroad() ? EnrolmentPath.CONSULAR_REGISTRATION
				: EnrolmentPath.AIRPORT_CAPTURE;
	}

}
