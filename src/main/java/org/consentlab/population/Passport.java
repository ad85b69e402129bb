package org.consentlab.population;

import java.time.LocalDate;
import java.util.Objects;

/** A synthetic passport's data page, with its machine-readable zone. */
public record Passport(
		String number,
		Country issuingState,
		Country nationality,
		String surname,
		String givenNames,
		LocalDate birthDate,
		Sex sex,
		LocalDate expiryDate) {

	public Passport {
		Objects.requireNonNull(number);
		if (!number.matches("[A-Z0-9]{1,9}")) {
			throw new IllegalArgumentException("A passport number has up to 9 letters or digits: " + number);
		}
		Objects.requireNonNull(issuingState);
		Objects.requireNonNull(nationality);
		Objects.requireNonNull(surname);
		Objects.requireNonNull(givenNames);
		Objects.requireNonNull(birthDate);
		Objects.requireNonNull(sex);
		Objects.requireNonNull(expiryDate);
	}

	/** The two-line zone printed at the bottom of the data page (ICAO 9303 TD3). */
	public MachineReadableZone machineReadableZone() {
		return MachineReadableZone.of(this);
	}
}
