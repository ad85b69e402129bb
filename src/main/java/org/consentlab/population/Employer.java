package org.consentlab.population;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A fictional employer: a name ("Silver Birch") and a kind of business ("Logistics"), written
 * together as {@link #text()} in a person's record. The two parts are kept apart so that a page
 * can say the firm in the reader's language, where the kind may come first («Логистическая компания
 * «Серебряная берёза»»).
 */
public record Employer(String name, String kind) {

	/** The firms' names, in drawing order. */
	public static final List<String> NAMES = List.of(
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
			"Steppe Wind");

	/** The kinds of business, in drawing order. */
	public static final List<String> KINDS = List.of(
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
			"Repair Shop");

	public Employer {
		Objects.requireNonNull(name);
		Objects.requireNonNull(kind);
	}

	/** As a person's record writes it: "Silver Birch Logistics". */
	public String text() {
		return name + " " + kind;
	}

	/** The employer a record's text names, when it is one of the simulation's firms. */
	public static Optional<Employer> parse(String text) {
		for (String name : NAMES) {
			if (text.startsWith(name + " ") && KINDS.contains(text.substring(name.length() + 1))) {
				return Optional.of(new Employer(name, text.substring(name.length() + 1)));
			}
		}
		return Optional.empty();
	}

	static Employer draw(SplittableRandom random) {
		String name = NAMES.get(random.nextInt(NAMES.size()));
		return new Employer(name, KINDS.get(random.nextInt(KINDS.size())));
	}
}
