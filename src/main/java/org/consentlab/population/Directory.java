package org.consentlab.population;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Places ({@code population/places.txt}: real cities, invented streets) and fictional employers
 * ("Silver Birch Logistics") from which addresses and jobs are drawn.
 */
final class Directory {

	private static final String[] FIRST = {
		"Silver Birch",
		"Northern Bridge",
		"Blue Harbour",
		"Green Valley",
		"Golden Field",
		"Red Lantern",
		"Clear River",
		"Stone Gate",
		"White Crane",
		"Amber Road",
		"Seven Hills",
		"Quiet Forest",
		"Bright Star",
		"Old Mill",
		"Cedar",
		"Steppe Wind"
	};

	private static final String[] SECOND = {
		"Logistics",
		"Bakery",
		"Construction",
		"Clinic",
		"Software",
		"Hotel",
		"Textiles",
		"Market",
		"Transport",
		"School",
		"Engineering",
		"Restaurant",
		"Pharmacy",
		"Printing House",
		"Farm Cooperative",
		"University",
		"News Agency",
		"Research Institute",
		"Taxi Service",
		"Repair Shop"
	};

	private static final Map<Country, String[][]> PLACES = load();

	private Directory() {}

	static Address address(SplittableRandom random, Country country) {
		String[][] place = PLACES.get(country);
		String city = place[0][random.nextInt(place[0].length)];
		String street = place[1][random.nextInt(place[1].length)];
		int apartment = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(120);
		return new Address(street, 1 + random.nextInt(150), apartment, city, country);
	}

	static String employer(SplittableRandom random) {
		return FIRST[random.nextInt(FIRST.length)] + " " + SECOND[random.nextInt(SECOND.length)];
	}

	private static Map<Country, String[][]> load() {
		Map<Country, String[][]> places = new EnumMap<>(Country.class);
		for (String line : NameBook.readResource("/population/places.txt")) {
			String code = line.substring(0, line.indexOf(':'));
			String[] parts = line.substring(line.indexOf(':') + 1).split("\\|");
			for (Country c : Country.values()) {
				if (c.icaoCode().equals(code)) {
					places.put(c, new String[][] {split(parts[0]), split(parts[1])});
				}
			}
		}
		for (Country c : Country.values()) {
			if (!places.containsKey(c)) {
				throw new IllegalStateException("No places listed for " + c.icaoCode());
			}
		}
		return places;
	}

	private static String[] split(String list) {
		String[] items = list.split(",");
		for (int i = 0; i < items.length; i++) {
			items[i] = items[i].trim();
		}
		return items;
	}
}
