package org.consentlab.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times as pages show them: to the second, in UTC, so a class in one room reads the same clock.
 * Templates call it as {@code ${#times.format(instant)}} (see {@link TimesDialect}); records keep
 * their {@link Instant}s and leave the formatting to the view.
 */
public final class Times {

	private static final DateTimeFormatter FORMAT =
			DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

	Times() {}

	public String format(Instant instant) {
		return instant == null ? "" : FORMAT.format(instant);
	}
}
