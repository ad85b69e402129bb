package org.consentlab.labs.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.consentlab.labs.CheckResult;
import org.junit.jupiter.api.Test;

/** A principle, and a whole number, read the same in each language of the course. */
class PrincipleTests {

	@Test
	void principleWhenNamedInRussianOrEnglishThenRead() {
		assertThat(Principle.read("минимизация данных")).isEqualTo(Optional.of(Principle.MINIMISATION));
		assertThat(Principle.read("Ограничение цели обработки")).isEqualTo(Optional.of(Principle.PURPOSE_LIMITATION));
		assertThat(Principle.read("ограничение срока хранения")).isEqualTo(Optional.of(Principle.STORAGE_LIMITATION));
		assertThat(Principle.read("data minimization")).isEqualTo(Optional.of(Principle.MINIMISATION));
		assertThat(Principle.read("прозрачность")).isEmpty();
	}

	@Test
	void numberWhenGroupedTheRussianOrTheEnglishWayThenRead() {
		assertThat(CheckResult.number("12 000")).isEqualTo(12_000L);
		assertThat(CheckResult.number("12\u00a0000")).isEqualTo(12_000L);
		assertThat(CheckResult.number("12\u202f000")).isEqualTo(12_000L);
		assertThat(CheckResult.number("12,000")).isEqualTo(12_000L);
		assertThat(CheckResult.number("двенадцать")).isNull();
	}
}
