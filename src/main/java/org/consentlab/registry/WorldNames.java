package org.consentlab.registry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.consentlab.population.Address;
import org.consentlab.population.Country;
import org.consentlab.population.Employer;
import org.consentlab.web.Languages;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The simulated world's words in the reader's language: the places of a week, addresses, firms and
 * countries. The population and the query log keep them as they were first written, in English (a
 * stored log needs no migration, and a record's text stays one value); each page says them through
 * the {@code world} bundle, so a Russian reader meets «Гостиница «Аврора»» where an English one
 * meets "Hotel Aurora". Text a learner typed (a place of a hand-made query) is shown as typed.
 * People's names are not translated: the Registry files a foreigner under the Latin spelling of
 * the passport's machine-readable zone, which is what a checkpoint reads and a learner types back.
 */
@Component("worldNames")
public class WorldNames {

	private final MessageSource messages;

	public WorldNames(MessageSource messages) {
		this.messages = messages;
	}

	/** A logged place as a message: the week's places and metro gates by key, any other as written. */
	public static MessageSourceResolvable place(String stored) {
		Optional<Place> place = Place.parse(stored);
		if (place.isPresent()) {
			return term(place.get().key(), stored);
		}
		Optional<Place.MetroGate> metro = Place.MetroGate.parse(stored);
		if (metro.isPresent()) {
			Place.Station station = metro.get().station();
			MessageSourceResolvable name = term(station.key(), station.text());
			return metro.get().gate() == 0
					? new DefaultMessageSourceResolvable(new String[] {"world.metro.station"}, new Object[] {name})
					: new DefaultMessageSourceResolvable(
							new String[] {"world.metro.gate"},
							new Object[] {name, String.valueOf(metro.get().gate())});
		}
		return new DefaultMessageSourceResolvable(null, null, stored);
	}

	/** A logged place in the reader's language. */
	public String place(String stored, Locale locale) {
		return messages.getMessage(place(stored), locale);
	}

	/** A logged place in every language of the course, the original first, without repeats. */
	public Set<String> placeInEveryLanguage(String stored) {
		Set<String> names = new LinkedHashSet<>();
		names.add(stored);
		for (Locale language : Languages.all()) {
			names.add(messages.getMessage(place(stored), language));
		}
		return names;
	}

	/** An address in the reader's language: "Sadovaya 12, apt 5, Kazan, Russia", «ул. Садовая, 12, кв. 5, Казань, Россия». */
	public String address(Address address, Locale locale) {
		List<Object> parts = new ArrayList<>();
		parts.add(term("world.street." + slug(address.street()), address.street()));
		parts.add(String.valueOf(address.house()));
		if (address.apartment() > 0) {
			parts.add(String.valueOf(address.apartment()));
		}
		parts.add(term("world.city." + slug(address.city()), address.city()));
		parts.add(country(address.country()));
		String key = address.apartment() > 0 ? "world.address.apartment" : "world.address";
		return messages.getMessage(key, parts.toArray(), locale);
	}

	/** A person's employer in the reader's language, or the text as written when it is no firm of the simulation. */
	public String employer(String text, Locale locale) {
		return Employer.parse(text)
				.map(firm -> messages.getMessage(
						"world.employer",
						new Object[] {
							term("world.firm." + slug(firm.name()), firm.name()),
							term("world.firm-kind." + slug(firm.kind()), firm.kind())
						},
						locale))
				.orElse(text);
	}

	/** A country named by its English display name (as a persona's origin gives it), in the reader's language. */
	public String country(String displayName, Locale locale) {
		for (Country country : Country.values()) {
			if (country.displayName().equals(displayName)) {
				return messages.getMessage(country(country), locale);
			}
		}
		return displayName;
	}

	/**
	 * A stated purpose of the simulated week in the reader's language. The week stores each
	 * checkpoint's purpose in the language it was lived in; a purpose typed by a learner is shown as typed.
	 */
	public String purpose(Agency agency, String stored, Locale locale) {
		String key = "registry.purpose." + agency.name();
		for (Locale language : Languages.all()) {
			if (stored.equals(messages.getMessage(key, null, null, language))) {
				return messages.getMessage(key, null, locale);
			}
		}
		return stored;
	}

	static MessageSourceResolvable country(Country country) {
		return term("world.country." + country.icaoCode(), country.displayName());
	}

	/** The part of a key a name gives: "Bog'ishamol" is {@code bog-ishamol}. */
	public static String slug(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	private static MessageSourceResolvable term(String key, String original) {
		return new DefaultMessageSourceResolvable(new String[] {key}, original);
	}
}
