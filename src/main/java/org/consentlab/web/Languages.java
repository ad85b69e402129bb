package org.consentlab.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the course is written in. The first is the original, in files without a language
 * suffix ({@code lab.md}, {@code messages.properties}), and the fallback for anything a translation
 * lacks; each other one is a translation in files beside the original ({@code lab.ru.md},
 * {@code messages_ru.properties}). Adding a language is adding its tag here and its files (README,
 * "Languages"); the content tests then say which files and keys are missing.
 */
public final class Languages {

	/** BCP 47 language tags, the original first. */
	static final List<String> TAGS = List.of("en", "ru");

	private static final List<Locale> ALL =
			TAGS.stream().map(Locale::forLanguageTag).toList();

	private Languages() {}

	/** Every language, the original first. */
	public static List<Locale> all() {
		return ALL;
	}

	/** The language the course is written in, and the fallback for every missing translation. */
	public static Locale original() {
		return ALL.get(0);
	}

	/** The languages translated from the original. */
	public static List<Locale> translations() {
		return ALL.subList(1, ALL.size());
	}

	/** The supported language a tag such as {@code ru} or {@code ru-RU} names, if any. */
	public static Optional<Locale> of(String tag) {
		if (tag == null || tag.length() > 35) {
			return Optional.empty();
		}
		String language = Locale.forLanguageTag(tag.strip()).getLanguage();
		return ALL.stream()
				.filter(l -> l.getLanguage().equals(language) && !language.isEmpty())
				.findFirst();
	}

	/** The supported language of {@code locale}, or the original when the course has no such translation. */
	public static Locale supported(Locale locale) {
		return locale == null ? original() : of(locale.toLanguageTag()).orElse(original());
	}

	/** Whether {@code locale} reads the original, so text in the original files needs no translation lookup. */
	public static boolean isOriginal(Locale locale) {
		return supported(locale).equals(original());
	}

	/** The language's name in itself, capitalised by its own rules: "English", "Русский". */
	public static String nativeName(Locale language) {
		String name = language.getDisplayLanguage(language);
		return name.isEmpty()
				? language.toLanguageTag()
				: name.substring(0, 1).toUpperCase(language) + name.substring(1);
	}
}
