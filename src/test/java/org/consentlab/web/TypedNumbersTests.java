package org.consentlab.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TypedNumbersTests {

	@Property(tries = 300)
	void wholeWhenWrittenAsEitherLanguageWritesItThenReadsTheSameNumber(
			@ForAll @LongRange(min = 0, max = 999_999_999_999L) long n) {
		assertThat(TypedNumbers.whole(
						NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n)))
				.hasValue(n);
		assertThat(TypedNumbers.whole(NumberFormat.getIntegerInstance(Locale.forLanguageTag("ru"))
						.format(n)))
				.hasValue(n);
	}

	@Property(tries = 300)
	void decimalWhenWrittenWithPointOrCommaThenReadsTheSameNumber(@ForAll @DoubleRange(min = 0, max = 1) double x) {
		String point = String.format(Locale.ROOT, "%.4f", x);
		assertThat(TypedNumbers.decimal(point)).hasValue(Double.parseDouble(point));
		assertThat(TypedNumbers.decimal(point.replace('.', ','))).hasValue(Double.parseDouble(point));
	}

	@Test
	void whenNotANumberThenEmpty() {
		assertThat(TypedNumbers.whole("12.5")).isEmpty();
		assertThat(TypedNumbers.whole("a million")).isEmpty();
		assertThat(TypedNumbers.whole("9".repeat(19))).isEmpty();
		assertThat(TypedNumbers.decimal("0,3,5")).isEmpty();
		assertThat(TypedNumbers.decimal("0.35 ")).hasValue(0.35);
		assertThat(TypedNumbers.decimal("1e400")).isEmpty();
		assertThat(TypedNumbers.decimal(null)).isEmpty();
	}
}
