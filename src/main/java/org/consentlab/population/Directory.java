package org.consentlab.population;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Places ({@code population/places.txt}: real cities, invented streets) and fictional employers
 * ({@link Employer}: "Silver Birch Logistics") from which addresses and jobs are drawn.
 */
final class Directory {

	private static final Map<Country, String[][]> PLACES = load();

	private Directory() {}

	static Address address(SplittableRandom random, Country country) {
		String[][] place = PLACES.get(country);
		String city = place[0][random.nextInt(place[0].length)];
		String street = place[1][random.nextInt(place[1].length)];
		int apartment = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(120);
		return new Address(street, 1 + random.nextInt(150), apartment, city, country);
	}

	static List<String> cities(Country country) {
		return List.of(PLACES.get(country)[0]);
	}

	static List<String> streets(Country country) {
		return List.of(PLACES.get(country)[1]);
	}

	static String employer(SplittableRandom random) {
		return Employer.draw(random).text();
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
