package org.consentlab.population;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ICAO Doc 9303 check digits, with ICAO's own specimen passport (Part 4, Appendix A). */
class MachineReadableZoneTests {

	private static final String ICAO_SPECIMEN_LINE2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

	@Test
	void checkDigitWhenIcaoSpecimenNumberThenSix() {
		assertThat(MachineReadableZone.checkDigit("L898902C3")).isEqualTo(6);
		assertThat(MachineReadableZone.checkDigit("740812")).isEqualTo(2);
		assertThat(MachineReadableZone.checkDigit("120415")).isEqualTo(9);
	}

	@Test
	void invalidFieldsWhenIcaoSpecimenThenNone() {
		assertThat(MachineReadableZone.invalidFields(ICAO_SPECIMEN_LINE2)).isEmpty();
	}

	@Test
	void invalidFieldsWhenBirthDateAlteredThenBirthAndCompositeFlagged() {
		String forged = ICAO_SPECIMEN_LINE2.replace("7408122", "7508122");
		assertThat(MachineReadableZone.invalidFields(forged)).containsExactly("date of birth", "composite");
		assertThat(MachineReadableZone.invalidFields("too short")).containsExactly("format");
	}

	@Test
	void machineReadableZoneWhenEveryGeneratedPassportThenValid() {
		Population population = Population.generate(3);
		for (Person person : population.people()) {
			MachineReadableZone mrz = person.passport().machineReadableZone();
			assertThat(mrz.valid()).as(mrz.line2()).isTrue();
			assertThat(mrz.line1())
					.startsWith("P<"
							+ MachineReadableZone.field(person.nationality().icaoCode(), 3));
			assertThat(mrz.line2().substring(0, 9)).isEqualTo(person.passport().number());
		}
	}
}
