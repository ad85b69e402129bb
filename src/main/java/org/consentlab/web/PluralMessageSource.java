package org.consentlab.web;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The message bundles, formatted with ICU's MessageFormat so that a message can choose its words by
 * the plural rules of the reader's language ({@code {0, plural, one {# passage} other {# passages}}}):
 * English has two forms, Russian three, and {@link java.text.MessageFormat} knows none of them. The
 * syntax is otherwise the JDK's, so existing messages read the same.
 *
 * @see <a href="https://unicode-org.github.io/icu/userguide/format_parse/messages/">ICU message formatting</a>
 */
public class PluralMessageSource extends ResourceBundleMessageSource {

	/** Formats kept at most; past this, a format is built for the one message and dropped. */
	static final int MAX_KEPT = 10_000;

	/**
	 * Formats kept, one per message and language: building one parses its pattern and prepares a
	 * number formatter for each argument, which costs far more than formatting with it. A format is
	 * not safe for two threads at once, so each is used under its own lock; messages are short, so
	 * the wait is microseconds. The bundles are finite, but locales come from requests, hence
	 * {@link #MAX_KEPT}.
	 */
	private final Map<Kept, MessageFormat> formats = new ConcurrentHashMap<>();

	/** A message's pattern in one language. */
	private record Kept(String pattern, Locale locale) {}

	/**
	 * The bundles {@code basenames} as the app reads them: UTF-8, and a missing translation falls
	 * back to the original, never to the language of the machine it runs on.
	 */
	public static PluralMessageSource of(String... basenames) {
		PluralMessageSource messages = new PluralMessageSource();
		messages.setBasenames(basenames);
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Override
	protected String getMessageInternal(String code, Object[] args, Locale locale) {
		if (code == null) {
			return super.getMessageInternal(code, args, locale);
		}
		Locale reader = locale != null ? locale : getDefaultLocale();
		String pattern = resolveCodeWithoutArguments(code, reader);
		// A message without arguments is shown as written, unless it escapes an apostrophe ('') as
		// every message with arguments must: then it is formatted too, so no reader sees two.
		if (pattern == null || (ObjectUtils.isEmpty(args) && !pattern.contains("''"))) {
			return super.getMessageInternal(code, args, locale);
		}
		Object[] resolved = ObjectUtils.isEmpty(args) ? new Object[0] : resolveArguments(args, reader);
		return format(pattern, reader, resolved);
	}

	private String format(String pattern, Locale reader, Object[] arguments) {
		Kept key = new Kept(pattern, reader);
		MessageFormat format = formats.get(key);
		if (format == null) {
			format = new MessageFormat(pattern, ULocale.forLocale(reader));
			if (formats.size() >= MAX_KEPT) {
				return format.format(arguments);
			}
			MessageFormat raced = formats.putIfAbsent(key, format);
			format = raced != null ? raced : format;
		}
		synchronized (format) {
			return format.format(arguments);
		}
	}
}
