package org.consentlab.sandbox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.consentlab.population.Address;
import org.consentlab.population.Country;
import org.consentlab.population.Person;
import org.consentlab.population.Population;

/**
 * The synthetic person a learner plays, derived from the learner's seed so that every learner has
 * their own and the same learner always gets the same one. Never a real person.
 *
 * <p>There is one identity per learner: the persona <em>is</em> one person of the shared synthetic
 * population ({@link #personId}), so the Registry's record, its population searches, the family
 * tree and every credential of the Wallet world show the same name, birth date, nationality,
 * passport number and address.
 *
 * @param personId the person of {@link #population()} this learner is
 * @param birthDate as on the passport; {@link #age} counts on {@link Population#REFERENCE_DATE}
 * @param origin the nationality's display name
 * @param nationalityCode the ICAO 9303 three-letter code (as in the passport's MRZ)
 * @param documentNumber the passport number, the same document in both worlds
 * @param address where the person lives
 * @param enrolment how the Registry world first captured this person
 * @param year the simulated year the story starts in; the Registry's access policy of that year applies
 * @param idClaims the claim names of this person's personal ID credential in the Wallet world
 */
public record Persona(
		int personId,
		String givenName,
		String familyName,
		LocalDate birthDate,
		String origin,
		String nationalityCode,
		String documentNumber,
		Residence address,
		String reason,
		Enrolment enrolment,
		int year,
		List<String> idClaims) {

	/**
	 * How the Registry world first captured a person: the 2024 plan's two items (Biometric Update,
	 * 23 Jan 2024; the Sources & methods page, /sources#comparable-systems-and-laws).
	 */
	public enum Enrolment {

		/** A foreigner arriving at a capital airport: face, ten fingerprints, voice, DNA swab. */
		AIRPORT_CAPTURE,

		/** A citizen living abroad, registered at a consulate: face and fingerprints, address, employer. */
		CONSULAR_REGISTRATION
	}

	/**
	 * A postal address in the parts the EU PID encodes (street_address, locality, country), so the
	 * Registry and the wallet print the same lines.
	 *
	 * @param country ISO 3166-1 alpha-2, as the PID writes it
	 */
	public record Residence(String streetAddress, String locality, String countryName, String country) {

		public String oneLine() {
			return streetAddress + ", " + locality + ", " + countryName;
		}
	}

	/** The population every learner's persona lives in: a fixed seed, the date the plan was approved. */
	public static final long POPULATION_SEED = 20_240_119L;

	private static final int OLDEST = 80;

	private static final String[] WORKING_REASONS = {"worker", "family", "journalist", "researcher"};

	/** The claims every personal ID credential carries; some persons have optional extra ones. */
	private static final List<String> BASE_CLAIMS = List.of(
			"given_name",
			"family_name",
			"birthdate",
			"age_over_18",
			"age_over_21",
			"nationalities",
			"address",
			"document_number");

	private static final List<String> OPTIONAL_CLAIMS =
			List.of("birth_family_name", "place_of_birth", "email", "phone_number");

	private static volatile Population population;

	public Persona {
		Objects.requireNonNull(givenName);
		Objects.requireNonNull(familyName);
		Objects.requireNonNull(birthDate);
		Objects.requireNonNull(address);
		idClaims = List.copyOf(idClaims);
	}

	/**
	 * The shared synthetic population (10,000 people, generated once from {@link #POPULATION_SEED}).
	 * Generated here, not in the Registry, because the persona is one of its people.
	 */
	public static Population population() {
		Population p = population;
		if (p == null) {
			synchronized (Persona.class) {
				if (population == null) {
					population = Population.generate(POPULATION_SEED);
				}
				p = population;
			}
		}
		return p;
	}

	/**
	 * The learner's persona: one adult of the population, drawn from the seed. One learner in three
	 * is a citizen of the registry state living abroad (consular registration); the others are
	 * foreigners who arrive at an airport.
	 */
	public static Persona of(long seed) {
		Population people = population();
		SplittableRandom random = new SplittableRandom(seed);
		boolean consular = random.nextInt(3) == 0;
		int start = random.nextInt(people.size());
		int personId = -1;
		for (int k = 0; k < people.size() && personId < 0; k++) {
			int id = (start + k) % people.size();
			int age = people.birthDate(id).until(Population.REFERENCE_DATE).getYears();
			boolean citizen = people.nationality(id) == Country.RUSSIA;
			boolean abroad = people.residence(id) != people.nationality(id);
			if (age >= 19 && age <= OLDEST && (consular ? citizen && abroad : !citizen)) {
				personId = id;
			}
		}
		Person person = people.person(personId);
		int age = person.age();
		String reason = age >= 62
				? "retiree"
				: age < 27 && random.nextBoolean()
						? "student"
						: WORKING_REASONS[random.nextInt(WORKING_REASONS.length)];
		int year = 2024 + random.nextInt(4);
		List<String> claims = new ArrayList<>(BASE_CLAIMS);
		for (String optional : OPTIONAL_CLAIMS) {
			if (random.nextBoolean()) {
				claims.add(optional);
			}
		}
		Address home = person.address();
		Residence address = new Residence(
				home.street() + " " + home.house() + (home.apartment() > 0 ? ", apt " + home.apartment() : ""),
				home.city(),
				home.country().displayName(),
				CountryCodes.alpha2(home.country()));
		return new Persona(
				personId,
				person.givenName(),
				person.familyName(),
				person.birthDate(),
				person.nationality().displayName(),
				person.nationality().icaoCode(),
				person.passport().number(),
				address,
				reason,
				consular ? Enrolment.CONSULAR_REGISTRATION : Enrolment.AIRPORT_CAPTURE,
				year,
				claims);
	}

	public String fullName() {
		return givenName + " " + familyName;
	}

	/** Age in whole years on the simulation's reference date, the same day the wallet counts on. */
	public int age() {
		return birthDate.until(Population.REFERENCE_DATE).getYears();
	}

	/** ISO 3166-1 alpha-2 code of the nationality, as the EU PID's {@code nationalities} claim writes it. */
	public String nationalityAlpha2() {
		for (Country country : Country.values()) {
			if (country.icaoCode().equals(nationalityCode)) {
				return CountryCodes.alpha2(country);
			}
		}
		throw new IllegalStateException("unknown nationality " + nationalityCode);
	}
}
