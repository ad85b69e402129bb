package org.consentlab.registry.querylog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.registry.Agency;
import org.junit.jupiter.api.Test;

/**
 * The place names on the week and analyst maps can all be read: with every place a week can
 * visit on the map at once, no name is drawn over another name or over a place's dot.
 */
class WeekChartLabelTests {

	/** Every place of the simulated week, and every metro station. */
	private static final List<String> PLACES = List.of(
			"Hotel Aurora, Garden Ring 14",
			"Hotel Seven Hills, River Embankment 3",
			"Hostel Blue Harbour, Station Lane 8",
			"Migration centre, North Avenue 40",
			"SIM card shop, Station Square 2",
			"Bank branch, Market Street 21",
			"Employer's office, Factory Lane 5",
			"Tax office no. 7, Lime Street 9",
			"Street check, Victory Square",
			"Flat viewing, Birch Lane 17",
			"Metro Riverside, gate 1",
			"Metro Central Park, gate 2",
			"Metro Old Mill, gate 3",
			"Metro Victory Square, gate 4",
			"Metro North Gate, gate 5",
			"Metro Amber Road, gate 6");

	private static final Pattern LABEL = Pattern.compile(
			"<text x=\"([\\d.]+)\" y=\"([\\d.]+)\" text-anchor=\"(start|end)\" class=\"place-name\">([^<]*)</text>");

	private static final Pattern DOT = Pattern.compile("<circle cx=\"([\\d.]+)\" cy=\"([\\d.]+)\" r=\"8\"");

	@Test
	void mapWhenEveryPlaceIsShownThenNoNameCoversAnotherOrADot() {
		List<WeekChart.Mark> marks = new ArrayList<>();
		for (int i = 0; i < PLACES.size(); i++) {
			marks.add(new WeekChart.Mark(
					Agency.HOTEL, PLACES.get(i), LocalDateTime.of(2026, 3, 2 + i % 7, 8 + i % 12, 0)));
		}
		String svg = WeekChart.svg(
				"w", marks, LocalDate.of(2026, 3, 2), Locale.ENGLISH, new WeekChart.Labels("t", "d", "when", "where"));

		List<double[]> names = new ArrayList<>();
		Matcher label = LABEL.matcher(svg);
		while (label.find()) {
			double x = Double.parseDouble(label.group(1));
			double y = Double.parseDouble(label.group(2));
			double w = WeekChart.labelWidth(label.group(4).replace("&#39;", "'").replace("&amp;", "&"));
			names.add(new double[] {"start".equals(label.group(3)) ? x : x - w, y - 12, w, 15});
		}
		List<double[]> dots = new ArrayList<>();
		Matcher dot = DOT.matcher(svg);
		while (dot.find()) {
			dots.add(new double[] {Double.parseDouble(dot.group(1)) - 8, Double.parseDouble(dot.group(2)) - 8, 16, 16});
		}
		assertThat(names).hasSize(PLACES.size());
		List<String> clashes = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			for (int j = i + 1; j < names.size(); j++) {
				if (WeekChart.overlaps(names.get(i), names.get(j))) {
					clashes.add("name " + i + " and name " + j);
				}
			}
			for (double[] d : dots) {
				if (WeekChart.overlaps(names.get(i), d)) {
					clashes.add("name " + i + " and a dot");
				}
			}
		}
		assertThat(clashes)
				.as("place names drawn over each other or over a dot")
				.isEmpty();
	}
}
