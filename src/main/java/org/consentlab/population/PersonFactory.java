package org.consentlab.population;

import java.time.LocalDate;
import java.util.Optional;
import java.util.SplittableRandom;
import org.consentlab.biometrics.Seeds;

/**
 * Builds a {@link Person} from the population's columns plus details drawn from (seed, id) or
 * (seed, household): passport number and dates, the household's address, and an employer for
 * most adults of working age.
 */
final class PersonFactory {

	private static final long PASSPORT = 0x9A55L;

	private static final long HOME = 0x40AEL;

	private static final long WORK = 0x3078L;

	private PersonFactory() {}

	static Person make(Population p, int id) {
		Sex sex = Sex.values()[p.sex[id]];
		Country nationality = Country.values()[p.nationality[id]];
		String given = NameBook.get().given(p.given[id]);
		String familyName = NameBook.get().family(p.family[id], sex);
		LocalDate born = LocalDate.ofEpochDay(p.birth[id]);
		Passport passport = passport(p.seed, id, nationality, familyName, given, born, sex);
		int head = p.household[id];
		Address address = Directory.address(Seeds.random(p.seed, HOME, head), Country.values()[p.residence[head]]);
		return new Person(
				id,
				given,
				familyName,
				sex,
				born,
				nationality,
				passport,
				address,
				employer(p.seed, id, born),
				p.mother[id],
				p.father[id],
				p.clan[id]);
	}

	private static Passport passport(
			long seed, int id, Country nationality, String surname, String given, LocalDate born, Sex sex) {
		SplittableRandom random = Seeds.random(seed, PASSPORT, id);
		StringBuilder number = new StringBuilder();
		number.append((char) ('A' + random.nextInt(26))).append((char) ('A' + random.nextInt(26)));
		for (int i = 0; i < 7; i++) {
			number.append((char) ('0' + random.nextInt(10)));
		}
		int validYears = born.plusYears(18).isAfter(Population.REFERENCE_DATE) ? 5 : 10;
		LocalDate issued = Population.REFERENCE_DATE.minusDays(random.nextInt(365 * validYears - 30));
		LocalDate from = issued.isBefore(born) ? born : issued;
		return new Passport(
				number.toString(), nationality, nationality, surname, given, born, sex, from.plusYears(validYears));
	}

	private static Optional<String> employer(long seed, int id, LocalDate born) {
		int age = born.until(Population.REFERENCE_DATE).getYears();
		SplittableRandom random = Seeds.random(seed, WORK, id);
		boolean working = age >= 18 && age < 67 && random.nextInt(100) < 82;
		return working ? Optional.of(Directory.employer(random)) : Optional.empty();
	}
}
