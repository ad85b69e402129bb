package org.consentlab.population;

import java.util.List;
import java.util.Objects;

/** Where a household lives: a real city, an invented street and number. */
public record Address(String street, int house, int apartment, String city, Country country) {

	public Address {
		Objects.requireNonNull(street);
		Objects.requireNonNull(city);
		Objects.requireNonNull(country);
		if (house < 1 || apartment < 0) {
			throw new IllegalArgumentException("House numbers start at 1 and apartments at 0 (none).");
		}
	}

	/** One line, e.g. "Sadovaya 12, apt 5, Kazan, Russia". */
	public String oneLine() {
		return this.street + " " + this.house + (this.apartment > 0 ? ", apt " + this.apartment : "") + ", " + this.city
				+ ", " + this.country.displayName();
	}

	/** The cities addresses in {@code country} are drawn from. */
	public static List<String> cities(Country country) {
		return Directory.cities(country);
	}

	/** The invented streets addresses in {@code country} are drawn from. */
	public static List<String> streets(Country country) {
		return Directory.streets(country);
	}
}
