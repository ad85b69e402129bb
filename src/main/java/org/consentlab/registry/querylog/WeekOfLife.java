package org.consentlab.registry.querylog;

import static org.consentlab.registry.DataCategory.ADDRESS;
import static org.consentlab.registry.DataCategory.EMPLOYER;
import static org.consentlab.registry.DataCategory.FACE;
import static org.consentlab.registry.DataCategory.FINGERPRINTS;
import static org.consentlab.registry.DataCategory.PASSPORT;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.consentlab.biometrics.Seeds;
import org.consentlab.registry.Agency;
import org.consentlab.registry.DataCategory;
import org.consentlab.registry.Place;
import org.consentlab.registry.RegistryQuery;

/**
 * A simulated week in one person's life, Monday to Saturday of the first full week of March of the
 * persona's year: each checkpoint (migration centre, hotel, SIM shop, bank, employer, tax office,
 * police, landlord, metro cameras) queries the Registry. Times and places are drawn from a seed;
 * the places are invented ({@link Place}). Same-day checks are at least ninety minutes apart. What each checkpoint
 * asks for, and whether it wants a yes/no answer or the full e-KYC profile, differs from person to
 * person ({@link Asks}): checkpoints of one kind are run by different firms with different
 * contracts, so two people of one year do not count alike.
 */
public final class WeekOfLife {

	/** One check: which agency asks, where, when, for which data, why, and what it needed. */
	public record Event(
			Agency agency,
			String place,
			LocalDateTime at,
			Set<DataCategory> categories,
			RegistryQuery.Need need,
			RegistryQuery.Mode mode) {

		/** The message key of the stated purpose. */
		public String purposeKey() {
			return "registry.purpose." + agency.name();
		}

		public RegistryQuery query(int subjectId, String subjectName, String purpose) {
			return new RegistryQuery(agency, subjectId, subjectName, place, at, categories, purpose, need, mode);
		}
	}

	private static final RegistryQuery.Need ONE_FACT = RegistryQuery.Need.ONE_FACT;

	private static final Place[] HOTELS = {Place.HOTEL_AURORA, Place.HOTEL_SEVEN_HILLS, Place.HOSTEL_BLUE_HARBOUR};

	private static final Place.Station[] STATIONS = Place.Station.values();

	/** Further street checks, as (day after Monday, hour): Wednesday evening, Saturday afternoon. */
	private static final int[][] EXTRA_STOPS = {{2, 20}, {5, 16}};

	private static final Place[] EXTRA_STOP_PLACES = {
		Place.STREET_CHECK_STATION_SQUARE, Place.STREET_CHECK_MARKET_STREET
	};

	private WeekOfLife() {}

	/** The Monday the simulated week starts on: the first Monday of March of {@code year}. */
	public static LocalDate monday(int year) {
		return LocalDate.of(year, 3, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
	}

	/**
	 * What one checkpoint of a person's week asks for, drawn from its own stream so that the times
	 * and places stay as they are: a base set, extra kinds each with even odds, and the answer mode.
	 */
	private static final class Asks {

		private final SplittableRandom random;

		Asks(long seed, int subjectId) {
			this.random = Seeds.random(seed, 0xA5C5L, subjectId);
		}

		Set<DataCategory> categories(Set<DataCategory> base, DataCategory... extras) {
			Set<DataCategory> asked = EnumSet.copyOf(base);
			for (DataCategory extra : extras) {
				if (random.nextBoolean()) {
					asked.add(extra);
				}
			}
			return asked;
		}

		RegistryQuery.Mode mode() {
			return random.nextBoolean() ? RegistryQuery.Mode.E_KYC : RegistryQuery.Mode.YES_NO;
		}
	}

	/** The week's checks of person {@code subjectId}, in time order, drawn from {@code seed}. */
	public static List<Event> of(long seed, int subjectId, int year) {
		SplittableRandom random = Seeds.random(seed, 0x3EE7L, subjectId);
		Asks asks = new Asks(seed, subjectId);
		LocalDate monday = monday(year);
		List<Event> events = new ArrayList<>();
		Place hotel = HOTELS[random.nextInt(HOTELS.length)];
		events.add(at(
				monday,
				11,
				random,
				Agency.MIGRATION_SERVICE,
				Place.MIGRATION_CENTRE.text(),
				EnumSet.of(PASSPORT, ADDRESS, EMPLOYER),
				RegistryQuery.Need.PROFILE,
				RegistryQuery.Mode.E_KYC));
		events.add(at(
				monday,
				19,
				random,
				Agency.HOTEL,
				hotel.text(),
				asks.categories(EnumSet.of(PASSPORT), FACE, FINGERPRINTS),
				ONE_FACT,
				asks.mode()));
		events.add(at(
				monday.plusDays(1),
				11,
				random,
				Agency.SIM_SHOP,
				Place.SIM_SHOP.text(),
				asks.categories(EnumSet.of(PASSPORT), FACE, FINGERPRINTS),
				ONE_FACT,
				asks.mode()));
		events.add(at(
				monday.plusDays(1),
				15,
				random,
				Agency.BANK,
				Place.BANK_BRANCH.text(),
				asks.categories(EnumSet.of(PASSPORT), FACE, FINGERPRINTS),
				ONE_FACT,
				asks.mode()));
		events.add(at(
				monday.plusDays(2),
				10,
				random,
				Agency.EMPLOYER,
				Place.EMPLOYER_OFFICE.text(),
				asks.categories(EnumSet.of(PASSPORT), FACE, FINGERPRINTS, ADDRESS),
				ONE_FACT,
				asks.mode()));
		events.add(at(
				monday.plusDays(3),
				14,
				random,
				Agency.TAX_OFFICE,
				Place.TAX_OFFICE.text(),
				EnumSet.of(PASSPORT, ADDRESS, EMPLOYER),
				RegistryQuery.Need.PROFILE,
				RegistryQuery.Mode.E_KYC));
		events.add(at(
				monday.plusDays(4),
				17,
				random,
				Agency.POLICE,
				Place.STREET_CHECK_VICTORY_SQUARE.text(),
				asks.categories(EnumSet.of(PASSPORT, FACE), FINGERPRINTS, ADDRESS),
				ONE_FACT,
				asks.mode()));
		// Some people are stopped in the street more than once a week.
		int moreStops = asks.random.nextInt(EXTRA_STOPS.length + 1);
		for (int stop = 0; stop < moreStops; stop++) {
			events.add(at(
					monday.plusDays(EXTRA_STOPS[stop][0]),
					EXTRA_STOPS[stop][1],
					asks.random,
					Agency.POLICE,
					EXTRA_STOP_PLACES[stop].text(),
					asks.categories(EnumSet.of(PASSPORT, FACE), FINGERPRINTS, ADDRESS),
					ONE_FACT,
					asks.mode()));
		}
		events.add(at(
				monday.plusDays(5),
				12,
				random,
				Agency.LANDLORD,
				Place.FLAT_VIEWING.text(),
				asks.categories(EnumSet.of(PASSPORT), ADDRESS, FACE),
				ONE_FACT,
				asks.mode()));
		for (int day = 0; day < 6; day++) {
			String station = STATIONS[random.nextInt(STATIONS.length)].gate(1 + random.nextInt(6));
			events.add(at(
					monday.plusDays(day),
					7,
					random,
					Agency.METRO_CAMERA,
					station,
					EnumSet.of(FACE),
					ONE_FACT,
					RegistryQuery.Mode.YES_NO));
		}
		events.sort(Comparator.comparing(Event::at));
		return List.copyOf(events);
	}

	/** True when the log already holds this week's checks (queries typed by hand fall on the Sunday). */
	public static boolean lived(List<QueryLog.Entry> about, List<Event> week) {
		Event first = week.get(0);
		return about.stream().anyMatch(e -> e.at().equals(first.at()) && e.agency() == first.agency());
	}

	/** A check within an hour after {@code hour} o'clock, at a whole minute. */
	private static Event at(
			LocalDate day,
			int hour,
			SplittableRandom random,
			Agency agency,
			String place,
			Set<DataCategory> categories,
			RegistryQuery.Need need,
			RegistryQuery.Mode mode) {
		LocalDateTime time = LocalDateTime.of(day, LocalTime.of(hour, random.nextInt(60)));
		return new Event(agency, place, time, categories, need, mode);
	}
}
