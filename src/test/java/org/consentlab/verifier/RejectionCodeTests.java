package org.consentlab.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.junit.jupiter.api.Test;

/**
 * The rejection log stores a code by name and reads it back by {@link RejectionCode#parse}: every
 * name must lead back to exactly its code, and every code must have an explanation to show.
 */
class RejectionCodeTests {

	@Test
	void parseWhenEveryStoredNameThenTheSameCodeBack() {
		allCodes().forEach(code -> assertThat(RejectionCode.parse(code.name())).contains(code));
		assertThat(RejectionCode.parse("NO_SUCH_CODE")).isEmpty();
		assertThat(RejectionCode.parse(null)).isEmpty();
	}

	@Test
	void namesWhenBothSetsThenNoNameInBoth() {
		assertThat(Arrays.stream(TransactionError.values()).map(Enum::name))
				.doesNotContainAnyElementsOf(Arrays.stream(VerificationErrorCode.values())
						.map(Enum::name)
						.toList());
	}

	@Test
	void explanationWhenAnyCodeThenItsBundleHasIt() {
		ResourceBundle credential = ResourceBundle.getBundle("i18n/credential", Locale.ROOT);
		ResourceBundle wallet = ResourceBundle.getBundle("i18n/wallet", Locale.ROOT);
		allCodes()
				.forEach(code -> assertThat(
								code instanceof TransactionError
										? wallet.containsKey(code.explanationKey())
										: credential.containsKey(code.explanationKey()))
						.as(code.explanationKey())
						.isTrue());
	}

	private static Stream<RejectionCode> allCodes() {
		return Stream.concat(
				Arrays.stream(TransactionError.values()),
				Arrays.stream(VerificationErrorCode.values()).map(RejectionCode::of));
	}
}
