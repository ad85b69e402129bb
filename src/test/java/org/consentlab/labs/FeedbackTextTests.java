package org.consentlab.labs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Feedback is written in the reader's language by the page, from keys, numbers and java.time values:
 * the same verdict reads differently in two locales, with the real message bundles.
 */
class FeedbackTextTests {

	private final FeedbackText feedback = new FeedbackText(bundles());

	@Test
	void textWhenMomentThenWrittenInTheReadersLanguage() {
		CheckResult result = CheckResult.fail("check.L2.whereabouts.other", LocalDateTime.of(2027, 3, 1, 9, 5));
		assertThat(feedback.text(result, Locale.ENGLISH)).contains("at Monday 09:05,");
		assertThat(feedback.text(result, Locale.GERMAN)).contains("at Montag 09:05,");
	}

	@Test
	void textWhenTermsThenResolvedByKey() {
		CheckResult result = CheckResult.fail(
				"check.L6.purpose.too-open", 3, CheckResult.term("agency.LANDLORD"), CheckResult.term("category.DNA"));
		assertThat(feedback.text(result, Locale.ENGLISH))
				.contains("allows 3 out-of-purpose")
				.contains("for example Landlord → DNA")
				.doesNotContain("agency.");
	}

	@Test
	void textWhenRateThenFormattedInTheReadersLanguage() {
		CheckResult result = CheckResult.pass("check.L3.fnir.pass", 0.01234);
		assertThat(feedback.text(result, Locale.ENGLISH)).contains("about 1.23% of");
		assertThat(feedback.text(result, Locale.GERMAN)).contains("about 1,23% of");
	}

	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames(
				"i18n/messages", "i18n/credential", "i18n/wallet", "i18n/registry", "i18n/issuers", "i18n/scorecard");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
