package org.consentlab.labs.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import org.consentlab.registry.DataCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

/** A list of kinds of data reads the same whether the learner writes it in English or in Russian. */
class CategoryAnswerTests {

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	private final StaticMessageSource messages = messages();

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void answerWhenWrittenInRussianThenReadWithRussianAnd() {
		LocaleContextHolder.setLocale(RUSSIAN);

		CategoryAnswer answer = CategoryAnswer.parse("Лицо, профиль ДНК и адрес", messages);

		assertThat(answer.unknown()).isEmpty();
		assertThat(answer.categories())
				.isEqualTo(EnumSet.of(DataCategory.FACE, DataCategory.DNA, DataCategory.ADDRESS));
	}

	@Test
	void answerWhenWrittenInEnglishOnARussianPageThenReadToo() {
		LocaleContextHolder.setLocale(RUSSIAN);

		CategoryAnswer answer = CategoryAnswer.parse("face, DNA profile and address", messages);

		assertThat(answer.categories())
				.isEqualTo(EnumSet.of(DataCategory.FACE, DataCategory.DNA, DataCategory.ADDRESS));
	}

	@Test
	void answerWhenAWordNamesNoCategoryThenNamed() {
		assertThat(CategoryAnswer.parse("face and shoe size", messages).unknown())
				.isEqualTo(Optional.of("shoe size"));
		assertThat(CategoryAnswer.parse("лицо и размер обуви", messages).unknown())
				.isEqualTo(Optional.of("размер обуви"));
	}

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.setUseCodeAsDefaultMessage(true);
		Locale english = Locale.forLanguageTag("en");
		messages.addMessage("category.FACE", english, "face");
		messages.addMessage("category.DNA", english, "DNA profile");
		messages.addMessage("category.ADDRESS", english, "address");
		messages.addMessage("category.FACE", RUSSIAN, "лицо");
		messages.addMessage("category.DNA", RUSSIAN, "профиль ДНК");
		messages.addMessage("category.ADDRESS", RUSSIAN, "адрес");
		return messages;
	}
}
