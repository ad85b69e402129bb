package org.consentlab.registry.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.consentlab.web.BadInputException;
import org.junit.jupiter.api.Test;

/**
 * Lab L5's gate takes the victim's whole row of the dump, as the dump writes it (names and
 * addresses quoted, with commas inside), so a learner copies one line instead of cutting 512
 * numbers out of it; the template alone still works, and a row of the wrong shape is bad input.
 */
class DumpRowTests {

	private static final String FACE = IntStream.range(0, 512)
			.mapToObj(i -> String.format(Locale.ROOT, "%.6f", (i % 7 - 3) / 100.0))
			.collect(Collectors.joining(" "));

	@Test
	void gateWhenGivenTheWholeRowThenReadsItsFaceTemplate() {
		String row = "17,\"Tran, Linh \"\"Lin\"\"\",C01234567,\"14 Garden Ring, Apt 3\",\"\"," + FACE
				+ ",a1b2c3,d4e5f6,\"D3S1358:15/16;vWA:17/18\"\r\n";
		assertThat(BreachController.faceOf(row)).isEqualTo(FACE);
		assertThat(BreachController.parse(BreachController.faceOf(row))).hasSize(512);
		assertThat(BreachController.csvFields(row).get(1)).isEqualTo("Tran, Linh \"Lin\"");
	}

	@Test
	void gateWhenGivenTheTemplateAloneThenUsesIt() {
		assertThat(BreachController.faceOf("  " + FACE + "\n")).isEqualTo(FACE);
	}

	@Test
	void gateWhenRowHasTheWrongShapeThenBadInput() {
		assertThatThrownBy(() -> BreachController.faceOf("17,C01234567," + FACE))
				.isInstanceOf(BadInputException.class);
	}
}
