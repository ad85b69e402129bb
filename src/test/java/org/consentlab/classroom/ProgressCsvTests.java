package org.consentlab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressCsvTests {

	@Test
	void fieldWhenPlainThenQuoted() {
		assertThat(ProgressCsv.field("ada")).isEqualTo("\"ada\"");
	}

	@Test
	void fieldWhenItHoldsQuotesThenTheyAreDoubled() {
		assertThat(ProgressCsv.field("a\"b")).isEqualTo("\"a\"\"b\"");
	}

	@Test
	void fieldWhenItLooksLikeASpreadsheetFormulaThenItIsDefused() {
		for (String formula : new String[] {"=cmd()", "+1", "-2", "@SUM(A1)"}) {
			assertThat(ProgressCsv.field(formula)).startsWith("\"'");
		}
	}
}
