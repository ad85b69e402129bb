package org.consentlab.cli;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What the command line tells its user, in the language of the environment it runs in ({@code LC_ALL}, {@code LC_MESSAGES} or
 * {@code LANG}), from {@code cli/messages*.properties}; English where the
 * course has no translation. ICU formats the messages, like the web app's, so plurals follow the
 * language's rules. The web app never reads this bundle: a page follows its reader, not the server.
 */
final class CliMessages {

	private static final String BUNDLE = "cli/messages";

	/** The descriptions of commands and options that {@code --help} shows (picocli's usage help). */
	private static final String USAGE = "cli/usage";

	private final ResourceBundle bundle;

	private final Locale locale;

	private CliMessages(Locale locale) {
		this.locale = locale;
		this.bundle = bundle(BUNDLE, locale);
	}

	/**
	 * The usage help in {@code locale}, by the same rule as the messages: its translation, else the
	 * original, never the language of some other default.
	 */
	static ResourceBundle usage(Locale locale) {
		return bundle(USAGE, locale);
	}

	private static ResourceBundle bundle(String name, Locale locale) {
		return ResourceBundle.getBundle(
				name, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/** The messages in the language of the environment. */
	static CliMessages ofEnvironment() {
		return new CliMessages(environmentLocale());
	}

	/** The language the environment asks for, read as {@link #locale(Map, Locale)} says. */
	static Locale environmentLocale() {
		return locale(System.getenv(), Locale.getDefault());
	}

	/**
	 * The language of a POSIX environment: the first of {@code LC_ALL}, {@code LC_MESSAGES} and
	 * {@code LANG} that is set (POSIX Base Definitions §8.2), e.g. {@code ru_RU.UTF-8}. The JVM's own
	 * default follows these only when the system has that locale installed; a learner who sets
	 * {@code LANG=ru_RU.UTF-8} should read Russian either way. {@code C} and {@code POSIX} state no
	 * language, so they leave {@code fallback}, as nothing set does.
	 */
	static Locale locale(Map<String, String> environment, Locale fallback) {
		for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
			String value = environment.get(name);
			if (value == null || value.isBlank()) {
				continue;
			}
			String tag = value.strip().replaceFirst("[.@].*$", "");
			if (tag.equals("C") || tag.equals("POSIX")) {
				return fallback;
			}
			Locale locale = Locale.forLanguageTag(tag.replace('_', '-'));
			return locale.getLanguage().isEmpty() ? fallback : locale;
		}
		return fallback;
	}

	/** The messages in a given language, for tests. */
	static CliMessages of(Locale locale) {
		return new CliMessages(locale);
	}

	String get(String key, Object... args) {
		String pattern;
		try {
			pattern = bundle.getString(key);
		} catch (MissingResourceException e) {
			return key;
		}
		return new MessageFormat(pattern, ULocale.forLocale(locale)).format(args);
	}
}
