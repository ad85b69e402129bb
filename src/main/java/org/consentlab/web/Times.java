package org.consentlab.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Times as pages show them: the date written the way the reader's language writes it ("Dec 4, 2026",
 * "4 дек. 2026 г."), the time to the second on the 24-hour clock, in UTC, so a class in one room
 * reads the same clock. Templates call it as {@code ${#times.format(instant)}} (see
 * {@link TimesDialect}); records keep their {@link Instant}s and leave the formatting to the view.
 */
public final class Times {

	private static final DateTimeFormatter TIME =
			DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

	private final DateTimeFormatter date;

	Times(Locale locale) {
		this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
				.withLocale(Languages.supported(locale))
				.withZone(ZoneOffset.UTC);
	}

	public String format(Instant instant) {
		return instant == null ? "" : date.format(instant) + ", " + TIME.format(instant);
	}
}
