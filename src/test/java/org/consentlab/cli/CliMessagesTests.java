package org.consentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The command line speaks the language of its environment, English where the course has no translation. */
class CliMessagesTests {

	@Test
	void messageWhenEnvironmentIsRussianThenRussian() {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.forLanguageTag("ru-RU"));
			assertThat(CliMessages.ofEnvironment().get("instructor.taken", "ada"))
					.isEqualTo("ошибка: имя пользователя «ada» уже занято");
			Locale.setDefault(Locale.forLanguageTag("de-DE"));
			assertThat(CliMessages.ofEnvironment().get("instructor.taken", "ada"))
					.isEqualTo("error: the username 'ada' is already taken");
		} finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void messageWhenApostropheThenShownOnce() {
		assertThat(CliMessages.of(Locale.forLanguageTag("en")).get("instructor.created", "ada"))
				.isEqualTo("Instructor 'ada' created.");
		assertThat(CliMessages.of(Locale.forLanguageTag("ru")).get("instructor.created", "ada"))
				.isEqualTo("Преподаватель «ada» создан.");
	}
}
