package org.consentlab.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The synthetic person a learner plays, derived from the learner's seed so that every learner has
 * their own and the same learner always gets the same one. Never a real person.
 *
 * @param enrolment how the Registry world first captured this person
 * @param year the simulated year the story starts in; the Registry's access policy of that year applies
 * @param idClaims the claim names of this person's personal ID credential in the Wallet world
 */
public record Persona(
		String givenName,
		String familyName,
		String origin,
		String reason,
		int age,
		Enrolment enrolment,
		int year,
		List<String> idClaims) {

	/** How the Registry world first captured a person (see FACTS: the 2024 plan's two items). */
	public enum Enrolment {

		/** A foreigner arriving at a capital airport: face, ten fingerprints, voice, DNA swab. */
		AIRPORT_CAPTURE,

		/** A citizen living abroad, registered at a consulate: face and fingerprints, address, employer. */
		CONSULAR_REGISTRATION
	}

	private static final String[][] ORIGINS = {
		{"Ghana", "Ama", "Kwame", "Mensah", "Owusu"}, {"Vietnam", "Linh", "Minh", "Nguyen", "Tran"},
		{"Brazil", "Larissa", "Thiago", "Almeida", "Souza"}, {"India", "Ananya", "Arjun", "Iyer", "Banerjee"},
		{"Turkey", "Elif", "Emre", "Yilmaz", "Demir"}, {"Kazakhstan", "Aigerim", "Nurlan", "Sadykova", "Abenov"},
		{"Peru", "Valeria", "Mateo", "Quispe", "Huaman"}, {"Morocco", "Salma", "Youssef", "Benali", "Amrani"},
		{"Finland", "Aino", "Eero", "Virtanen", "Korhonen"}, {"Philippines", "Maricel", "Jomar", "Santos", "Reyes"},
		{"Georgia", "Nino", "Giorgi", "Beridze", "Kapanadze"}, {"Kenya", "Wanjiru", "Otieno", "Kamau", "Achieng"}
	};

	private static final String[] REASONS = {"student", "worker", "family", "retiree", "journalist", "researcher"};

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

	public static Persona of(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		String[] origin = ORIGINS[random.nextInt(ORIGINS.length)];
		boolean woman = random.nextBoolean();
		String given = woman ? origin[1] : origin[2];
		String family = origin[3 + random.nextInt(2)];
		String reason = REASONS[random.nextInt(REASONS.length)];
		int age = "retiree".equals(reason) ? 62 + random.nextInt(15) : 19 + random.nextInt(35);
		Enrolment enrolment = random.nextInt(3) == 0 ? Enrolment.CONSULAR_REGISTRATION : Enrolment.AIRPORT_CAPTURE;
		int year = 2024 + random.nextInt(4);
		List<String> claims = new ArrayList<>(BASE_CLAIMS);
		for (String optional : OPTIONAL_CLAIMS) {
			if (random.nextBoolean()) {
				claims.add(optional);
			}
		}
		return new Persona(given, family, origin[0], reason, age, enrolment, year, List.copyOf(claims));
	}

	public String fullName() {
		return givenName + " " + familyName;
	}
}
