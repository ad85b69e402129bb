package org.consentlab.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as pages show them: to the second, in UTC, so a class in one room reads the same clock. */
public final class Times {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private Times() {
	}

	public static String format(Instant instant) {
		return instant == null ? "" : FORMAT.format(instant);
	}
}
