package org.consentlab.cli;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What the command line tells its user, in the language of the environment it runs in ({@code LANG},
 * which the JVM reads as its default locale), from {@code cli/messages*.properties}; English where the
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
		return new CliMessages(Locale.getDefault());
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
