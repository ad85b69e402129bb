package org.consentlab.labs.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.consentlab.registry.Place;
import org.consentlab.registry.WorldNames;
import org.consentlab.web.PluralMessageSource;
import org.junit.jupiter.api.Test;

/**
 * Lab L2's answer names a place of the week in either language, as the analyst's page showed it:
 * whole or up to its first comma, in any case, with or without quotation marks; what was accepted
 * before (the English text, whole or its name) still is, and another place is not.
 */
class WhereaboutsAnswerTests {

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	private final WorldNames places = new WorldNames(PluralMessageSource.of("i18n/world", "i18n/registry"));

	@Test
	void namesWhenHotelInEitherLanguageThenAccepted() {
		Set<String> aurora = places.placeInEveryLanguage("Hotel Aurora, Garden Ring 14");

		assertThat(aurora).contains("Гостиница «Аврора», Садовое кольцо, 14");
		assertThat(WhereaboutsCheck.names(aurora, "Hotel Aurora, Garden Ring 14"))
				.isTrue();
		assertThat(WhereaboutsCheck.names(aurora, "  hotel aurora ")).isTrue();
		assertThat(WhereaboutsCheck.names(aurora, "Гостиница «Аврора», Садовое кольцо, 14"))
				.isTrue();
		assertThat(WhereaboutsCheck.names(aurora, "Гостиница «Аврора»")).isTrue();
		assertThat(WhereaboutsCheck.names(aurora, "гостиница аврора")).isTrue();
		assertThat(WhereaboutsCheck.names(aurora, "Гостиница \"Аврора\"")).isTrue();
		assertThat(WhereaboutsCheck.names(aurora, "Гостиница «Семь холмов»")).isFalse();
		assertThat(WhereaboutsCheck.names(aurora, "Hotel")).isFalse();
		assertThat(WhereaboutsCheck.names(aurora, " ")).isFalse();
	}

	/** Every place of the week, each in both languages, whole and short; never another place's name. */
	@Test
	void namesWhenAnyPlaceOfTheWeekThenItsNamesInBothLanguagesAndNoOther() {
		for (Place place : Place.values()) {
			Set<String> names = places.placeInEveryLanguage(place.text());
			String russian = places.place(place.text(), RUSSIAN);
			assertThat(names).hasSize(2);
			for (String answer : List.of(
					place.text(),
					short_(place.text()),
					place.text().toUpperCase(Locale.ROOT),
					russian,
					short_(russian),
					russian.replace("«", "").replace("»", "").replace('ё', 'е'))) {
				assertThat(WhereaboutsCheck.names(names, answer))
						.as("%s: %s", place, answer)
						.isTrue();
			}
			for (Place other : Place.values()) {
				if (other != place && !short_(other.text()).equals(short_(place.text()))) {
					assertThat(WhereaboutsCheck.names(names, other.text())).isFalse();
					assertThat(WhereaboutsCheck.names(names, places.place(other.text(), RUSSIAN)))
							.isFalse();
				}
			}
		}
		Set<String> gate = places.placeInEveryLanguage(Place.Station.RIVERSIDE.gate(4));
		assertThat(WhereaboutsCheck.names(gate, "Метро «Речная», турникет 4")).isTrue();
		assertThat(WhereaboutsCheck.names(gate, "metro riverside")).isTrue();
	}

	@Test
	void namesWhenPlaceTypedByHandThenOnlyAsTyped() {
		Set<String> typed = places.placeInEveryLanguage("Front desk");

		assertThat(typed).containsExactly("Front desk");
		assertThat(WhereaboutsCheck.names(typed, "front desk")).isTrue();
	}

	private static String short_(String place) {
		int comma = place.indexOf(',');
		return comma > 0 ? place.substring(0, comma) : place;
	}
}
