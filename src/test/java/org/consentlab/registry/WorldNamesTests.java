package org.consentlab.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.consentlab.population.Address;
import org.consentlab.population.Country;
import org.consentlab.population.Employer;
import org.consentlab.population.Person;
import org.consentlab.population.Population;
import org.consentlab.registry.querylog.WeekOfLife;
import org.consentlab.web.PluralMessageSource;
import org.junit.jupiter.api.Test;

/**
 * The simulated world's names: English pages show exactly what the population and the log store
 * (so they read as before), Russian pages show every place, street, city, country and firm in
 * Cyrillic, and a name added to the world without its Russian form fails here.
 */
class WorldNamesTests {

	private static final Locale ENGLISH = Locale.ENGLISH;

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");

	private final WorldNames names = new WorldNames(messages());

	/** The bundles as the app reads them. */
	public static PluralMessageSource messages() {
		return PluralMessageSource.of("i18n/world", "i18n/registry");
	}

	@Test
	void placeWhenReadInEnglishThenAsStored() {
		assertThat(names.place("Hotel Aurora, Garden Ring 14", ENGLISH)).isEqualTo("Hotel Aurora, Garden Ring 14");
		assertThat(names.place("Metro Riverside, gate 3", ENGLISH)).isEqualTo("Metro Riverside, gate 3");
		assertThat(names.place("Employer's office, Factory Lane 5", ENGLISH))
				.isEqualTo("Employer's office, Factory Lane 5");
		for (Place place : Place.values()) {
			assertThat(names.place(place.text(), ENGLISH)).isEqualTo(place.text());
		}
		for (Place.Station station : Place.Station.values()) {
			assertThat(names.place(station.gate(6), ENGLISH)).isEqualTo(station.gate(6));
			assertThat(names.place(station.station(), ENGLISH)).isEqualTo(station.station());
		}
	}

	@Test
	void placeWhenReadInRussianThenNamedInRussianNotTransliterated() {
		assertThat(names.place("Hotel Aurora, Garden Ring 14", RUSSIAN))
				.isEqualTo("Гостиница «Аврора», Садовое кольцо, 14");
		assertThat(names.place("Metro Riverside, gate 3", RUSSIAN)).isEqualTo("Метро «Речная», турникет 3");
		assertThat(names.place("Metro Riverside", RUSSIAN)).isEqualTo("Метро «Речная»");
		for (Place place : Place.values()) {
			assertThat(names.place(place.text(), RUSSIAN)).as(place.name()).doesNotContainPattern(LATIN);
		}
		for (Place.Station station : Place.Station.values()) {
			assertThat(names.place(station.gate(1), RUSSIAN)).as(station.name()).doesNotContainPattern(LATIN);
		}
	}

	@Test
	void placeWhenTypedByALearnerThenShownAsTyped() {
		assertThat(names.place("Front desk, {0} 'x'", RUSSIAN)).isEqualTo("Front desk, {0} 'x'");
		assertThat(names.place("Metro Nowhere, gate 2", RUSSIAN)).isEqualTo("Metro Nowhere, gate 2");
	}

	@Test
	void weekWhenAnyPersonLivesItThenEveryPlaceHasItsRussianName() {
		for (int person = 0; person < 300; person++) {
			for (WeekOfLife.Event event : WeekOfLife.of(7L + person, person, 2027)) {
				assertThat(names.place(event.place(), RUSSIAN))
						.as(event.place())
						.doesNotContainPattern(LATIN);
				assertThat(names.place(event.place(), ENGLISH)).isEqualTo(event.place());
			}
		}
	}

	@Test
	void addressAndEmployerWhenReadInEnglishThenAsTheRecordWritesThem() {
		Population population = Population.generate(42L);
		for (int id = 0; id < 2000; id++) {
			Person person = population.person(id);
			assertThat(names.address(person.address(), ENGLISH))
					.isEqualTo(person.address().oneLine());
			person.employer()
					.ifPresent(employer ->
							assertThat(names.employer(employer, ENGLISH)).isEqualTo(employer));
		}
	}

	@Test
	void addressWhenReadInRussianThenStreetHouseFlatCityCountryInRussian() {
		Address flat = new Address("Sadovaya", 12, 5, "Kazan", Country.RUSSIA);
		Address house = new Address("Abai", 3, 0, "Almaty", Country.KAZAKHSTAN);

		assertThat(names.address(flat, RUSSIAN)).isEqualTo("ул. Садовая, 12, кв. 5, Казань, Россия");
		assertThat(names.address(house, RUSSIAN)).isEqualTo("ул. Абая, 3, Алматы, Казахстан");
	}

	@Test
	void worldWhenAnyStreetCityCountryOrFirmThenItHasARussianName() {
		List<String> said = new ArrayList<>();
		for (Country country : Country.values()) {
			for (String street : Address.streets(country)) {
				for (String city : Address.cities(country)) {
					said.add(names.address(new Address(street, 1, 2, city, country), RUSSIAN));
				}
			}
			assertThat(names.country(country.displayName(), ENGLISH)).isEqualTo(country.displayName());
		}
		for (String firm : Employer.NAMES) {
			for (String kind : Employer.KINDS) {
				said.add(names.employer(new Employer(firm, kind).text(), RUSSIAN));
			}
		}
		assertThat(said).allSatisfy(text -> assertThat(text).doesNotContainPattern(LATIN));
		assertThat(names.employer("Silver Birch Logistics", RUSSIAN))
				.isEqualTo("Логистическая компания «Серебряная берёза»");
	}

	@Test
	void purposeWhenLivedInOneLanguageThenReadInTheOther() {
		String english = messages().getMessage("registry.purpose.HOTEL", null, ENGLISH);
		String russian = messages().getMessage("registry.purpose.HOTEL", null, RUSSIAN);

		assertThat(names.purpose(Agency.HOTEL, english, RUSSIAN)).isEqualTo(russian);
		assertThat(names.purpose(Agency.HOTEL, russian, ENGLISH)).isEqualTo(english);
		assertThat(names.purpose(Agency.HOTEL, "curiosity", RUSSIAN)).isEqualTo("curiosity");
	}
}
