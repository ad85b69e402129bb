package org.consentlab.registry;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The invented places of a simulated week, where checkpoints query the Registry. The query log
 * stores a place by its English {@link #text() text}, the key it has had since the first log was
 * written, so logs need no migration; pages show it in the reader's language through
 * {@link WorldNames}, and lab L2 accepts it in any language.
 */
public enum Place {
	MIGRATION_CENTRE("Migration centre, North Avenue 40"),
	HOTEL_AURORA("Hotel Aurora, Garden Ring 14"),
	HOTEL_SEVEN_HILLS("Hotel Seven Hills, River Embankment 3"),
	HOSTEL_BLUE_HARBOUR("Hostel Blue Harbour, Station Lane 8"),
	SIM_SHOP("SIM card shop, Station Square 2"),
	BANK_BRANCH("Bank branch, Market Street 21"),
	EMPLOYER_OFFICE("Employer's office, Factory Lane 5"),
	TAX_OFFICE("Tax office no. 7, Lime Street 9"),
	STREET_CHECK_VICTORY_SQUARE("Street check, Victory Square"),
	STREET_CHECK_STATION_SQUARE("Street check, Station Square"),
	STREET_CHECK_MARKET_STREET("Street check, Market Street"),
	FLAT_VIEWING("Flat viewing, Birch Lane 17");

	/** A metro station, where a camera at each gate checks faces: "Metro Riverside, gate 3". */
	public enum Station {
		RIVERSIDE("Riverside"),
		CENTRAL_PARK("Central Park"),
		OLD_MILL("Old Mill"),
		VICTORY_SQUARE("Victory Square"),
		NORTH_GATE("North Gate"),
		AMBER_ROAD("Amber Road");

		private final String text;

		Station(String text) {
			this.text = text;
		}

		/** The station's name, as a log written in English stores it. */
		public String text() {
			return text;
		}

		/** The key of the station's name in the {@code world} bundle. */
		public String key() {
			return "world.station." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		/** A gate of the station, as the log stores it: "Metro Riverside, gate 3". */
		public String gate(int gate) {
			return "Metro " + text + ", gate " + gate;
		}

		/** The station alone, as the week chart's map names it: "Metro Riverside". */
		public String station() {
			return "Metro " + text;
		}
	}

	/** A metro gate or station as the log stores it; {@code gate} is 0 for the station as a whole. */
	public record MetroGate(Station station, int gate) {

		private static final Pattern STORED = Pattern.compile("Metro (.+?)(?:, gate (\\d{1,2}))?");

		public static Optional<MetroGate> parse(String stored) {
			Matcher m = STORED.matcher(stored);
			if (!m.matches()) {
				return Optional.empty();
			}
			int gate = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
			return Arrays.stream(Station.values())
					.filter(s -> s.text.equals(m.group(1)))
					.findFirst()
					.map(s -> new MetroGate(s, gate));
		}
	}

	private final String text;

	Place(String text) {
		this.text = text;
	}

	/** The place as the log stores it, and as English pages show it. */
	public String text() {
		return text;
	}

	/** The key of the place's name in the {@code world} bundle. */
	public String key() {
		return "world.place." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The place a log's text names, if it is one of the week's places (a learner may type any place). */
	public static Optional<Place> parse(String stored) {
		return Arrays.stream(values()).filter(p -> p.text.equals(stored)).findFirst();
	}
}
