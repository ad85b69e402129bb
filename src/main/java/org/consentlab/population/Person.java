package org.consentlab.population;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One synthetic person, as made by {@link Population#person(int)}. {@code motherId}/{@code fatherId}
 * are ids in the same population, or {@link #NOBODY} for people whose parents are not simulated.
 * {@code familyId} groups everyone descended from (or married into) one pair of grandparents.
 */
public record Person(
		int id,
		String givenName,
		String familyName,
		Sex sex,
		LocalDate birthDate,
		Country nationality,
		Passport passport,
		Address address,
		Optional<String> employer,
		int motherId,
		int fatherId,
		int familyId) {

	/** The parent id of someone whose parent is not in the population. */
	public static final int NOBODY = -1;

	public Person {
		Objects.requireNonNull(givenName);
		Objects.requireNonNull(familyName);
		Objects.requireNonNull(sex);
		Objects.requireNonNull(birthDate);
		Objects.requireNonNull(nationality);
		Objects.requireNonNull(passport);
		Objects.requireNonNull(address);
		Objects.requireNonNull(employer);
		if (id < 0 || motherId < NOBODY || fatherId < NOBODY) {
			throw new IllegalArgumentException("Person and parent ids are non-negative (or NOBODY for parents).");
		}
	}

	/** "Given Family", e.g. "Aigerim Nurlanova". */
	public String fullName() {
		return this.givenName + " " + this.familyName;
	}

	/** Age in whole years on {@code date}. */
	public int ageOn(LocalDate date) {
		return Period.between(this.birthDate, date).getYears();
	}

	/** Age in whole years on the simulation's reference date. */
	public int age() {
		return ageOn(Population.REFERENCE_DATE);
	}

	/** True when the person lives outside the country of their nationality (consular registration). */
	public boolean livesAbroad() {
		return this.address.country() != this.nationality;
	}

	public OptionalInt mother() {
		return this.motherId == NOBODY ? OptionalInt.empty() : OptionalInt.of(this.motherId);
	}

	public OptionalInt father() {
		return this.fatherId == NOBODY ? OptionalInt.empty() : OptionalInt.of(this.fatherId);
	}
}
