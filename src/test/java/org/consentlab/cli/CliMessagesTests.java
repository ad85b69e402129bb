package org.consentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
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

	@Test
	void retiredWhenCountedThenPluralOfTheLanguage() {
		assertThat(CliMessages.of(Locale.forLanguageTag("en")).get("keys.retired", "pid", 2))
				.isEqualTo("Issuer 'pid': 2 rotated-out keys retired");
		CliMessages russian = CliMessages.of(Locale.forLanguageTag("ru"));
		assertThat(russian.get("keys.retired", "pid", 1)).isEqualTo("Издатель «pid»: выведен из оборота 1 старый ключ");
		assertThat(russian.get("keys.retired", "pid", 3))
				.isEqualTo("Издатель «pid»: выведено из оборота 3 старых ключа");
		assertThat(russian.get("keys.retired", "pid", 5))
				.isEqualTo("Издатель «pid»: выведено из оборота 5 старых ключей");
	}

	@Test
	void localeWhenLangNamesAnInstalledOrMissingLocaleThenThatLanguage() {
		Locale fallback = Locale.forLanguageTag("de-DE");
		assertThat(CliMessages.locale(Map.of("LANG", "ru_RU.UTF-8"), fallback))
				.isEqualTo(Locale.forLanguageTag("ru-RU"));
		assertThat(CliMessages.locale(Map.of("LANG", "ru_RU.UTF-8", "LC_ALL", "C"), fallback))
				.isEqualTo(fallback);
		assertThat(CliMessages.locale(Map.of("LANG", "C.UTF-8", "LC_MESSAGES", "ru_RU@euro"), fallback))
				.isEqualTo(Locale.forLanguageTag("ru-RU"));
		assertThat(CliMessages.locale(Map.of("LANG", ""), fallback)).isEqualTo(fallback);
		assertThat(CliMessages.locale(Map.of(), fallback)).isEqualTo(fallback);
		assertThat(CliMessages.of(CliMessages.locale(Map.of("LANG", "ru_RU.UTF-8"), Locale.ROOT))
						.get("instructor.created", "x"))
				.isEqualTo(CliMessages.of(Locale.forLanguageTag("ru")).get("instructor.created", "x"))
				.isNotEqualTo(CliMessages.of(Locale.ROOT).get("instructor.created", "x"));
	}
}
