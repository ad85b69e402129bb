package org.consentlab.registry.querylog;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.consentlab.biometrics.Seeds;
import org.consentlab.registry.Agency;
import org.consentlab.registry.Svg;
import org.consentlab.registry.WorldNames;
import org.springframework.context.MessageSource;

/**
 * Lab L2's picture of a week as the query log tells it, drawn on the server as SVG: a timeline of
 * days by hours with one mark per query, coloured by the agency that asked, and a schematic map of
 * the synthetic city with the path between successive sightings. The city is invented: each place
 * sits at a point drawn from its name alone, so the same place is always in the same spot.
 */
final class WeekChart {

	/** One logged query: who asked, where, when. */
	record Mark(Agency agency, String place, LocalDateTime at) {}

	/** Words the picture needs, from the message bundle. */
	record Labels(String title, String description, String timeline, String map) {}

	private static final int WIDTH = 900;

	private static final int LEFT = 70;

	private static final int TOP = 40;

	private static final int ROW = 30;

	private static final int DAYS = 7;

	private static final int MAP_H = 340;

	private WeekChart() {}

	static String svg(String id, List<Mark> marks, LocalDate monday, Locale locale, Labels labels) {
		return svg(id, marks, monday, locale, labels, UnaryOperator.identity());
	}

	/**
	 * The chart with places named by {@code placeName} (stored text to the reader's words); a place's
	 * spot on the map is drawn from its stored name, so the map is the same in every language.
	 */
	static String svg(
			String id,
			List<Mark> marks,
			LocalDate monday,
			Locale locale,
			Labels labels,
			UnaryOperator<String> placeName) {
		List<Mark> inOrder =
				marks.stream().sorted(Comparator.comparing(Mark::at)).toList();
		double hourW = (WIDTH - LEFT - 20) / 24.0;
		int mapTop = TOP + DAYS * ROW + 60;
		Svg svg = new Svg(id, "week-chart", WIDTH, mapTop + MAP_H + 10, labels.title(), labels.description());
		svg.text(10, 22, "start", "heading", labels.timeline());
		svg.open("g", "grid");
		for (int h = 0; h <= 24; h += 3) {
			double x = LEFT + h * hourW;
			svg.line(x, TOP, x, TOP + DAYS * ROW, "hour");
			svg.text(x, TOP + DAYS * ROW + 16, "middle", "tick", String.format(Locale.ROOT, "%02d:00", h % 24));
		}
		for (int d = 0; d < DAYS; d++) {
			double y = TOP + d * ROW;
			svg.rect(LEFT, y + 2, 24 * hourW, ROW - 4, d % 2 == 0 ? "day even" : "day odd");
			svg.text(
					LEFT - 8,
					y + ROW / 2.0 + 4,
					"end",
					"tick",
					monday.plusDays(d).getDayOfWeek().getDisplayName(TextStyle.SHORT, locale));
		}
		svg.close("g");
		for (Mark m : inOrder) {
			long day = monday.until(m.at().toLocalDate()).getDays();
			if (day < 0 || day >= DAYS) {
				continue;
			}
			double x = LEFT + (m.at().getHour() + m.at().getMinute() / 60.0) * hourW;
			double y = TOP + day * ROW + ROW / 2.0;
			svg.circle(x, y, 7, "mark " + agencyClass(m.agency()), tooltip(m, placeName));
		}
		svg.text(10, mapTop - 18, "start", "heading", labels.map());
		svg.rect(10, mapTop, WIDTH - 20, MAP_H, "city");
		Map<String, double[]> places = new LinkedHashMap<>();
		for (Mark m : inOrder) {
			places.computeIfAbsent(spot(m.place()), name -> position(name, mapTop));
		}
		if (inOrder.size() > 1) {
			double[] xs = new double[inOrder.size()];
			double[] ys = new double[inOrder.size()];
			for (int i = 0; i < inOrder.size(); i++) {
				double[] p = places.get(spot(inOrder.get(i).place()));
				xs[i] = p[0];
				ys[i] = p[1];
			}
			svg.polyline(xs, ys, "path");
		}
		List<String> labelled = new ArrayList<>();
		List<double[]> taken = new ArrayList<>();
		for (double[] p : places.values()) {
			taken.add(new double[] {p[0] - 9, p[1] - 9, 18, 18});
		}
		for (Mark m : inOrder) {
			double[] p = places.get(spot(m.place()));
			svg.circle(p[0], p[1], 8, "place " + agencyClass(m.agency()), tooltip(m, placeName));
			if (!labelled.contains(spot(m.place()))) {
				labelled.add(spot(m.place()));
				String name = Svg.cut(placeName.apply(spot(m.place())), 34);
				double[] at = labelSpot(p, name, taken, mapTop);
				svg.text(at[0], at[1], at[2] > 0 ? "start" : "end", "place-name", name);
			}
		}
		return svg.finish();
	}

	/** The chart of {@code name}'s week with its words from the message bundle. */
	static String render(
			String id, String name, List<Mark> marks, LocalDate monday, MessageSource messages, Locale locale) {
		long agencies = marks.stream().map(Mark::agency).distinct().count();
		long spots = marks.stream().map(m -> spot(m.place())).distinct().count();
		Labels labels = new Labels(
				messages.getMessage("registry.weekchart.title", new Object[] {name}, locale),
				messages.getMessage(
						"registry.weekchart.description", new Object[] {name, marks.size(), agencies, spots}, locale),
				messages.getMessage("registry.weekchart.timeline", null, locale),
				messages.getMessage("registry.weekchart.map", null, locale));
		return svg(id, marks, monday, locale, labels, place -> messages.getMessage(WorldNames.place(place), locale));
	}

	/** Agencies that appear in {@code marks}, by name, with the CSS class of their colour, for a legend. */
	static Map<String, String> legend(List<Mark> marks) {
		Map<String, String> legend = new LinkedHashMap<>();
		for (Agency agency : Agency.values()) {
			if (marks.stream().anyMatch(m -> m.agency() == agency)) {
				legend.put(agency.name(), agencyClass(agency));
			}
		}
		return legend;
	}

	/** The CSS class of an agency's colour, e.g. {@code agency-metro-camera}. */
	static String agencyClass(Agency agency) {
		return "agency-" + agency.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static String tooltip(Mark m, UnaryOperator<String> placeName) {
		return String.format(
				Locale.ROOT,
				"%s %02d:%02d, %s",
				m.at().toLocalDate(),
				m.at().getHour(),
				m.at().getMinute(),
				placeName.apply(m.place()));
	}

	/** Where a label may go around its dot: right or left, above, below or level, then further out. */
	private static final double[][] LABEL_SPOTS = {
		{12, -10}, {12, 20}, {-12, -10}, {-12, 20}, {14, 4}, {-14, 4}, {12, -26}, {12, 36}, {-12, -26}, {-12, 36}
	};

	/** Width of a place name at 12 px bold, generously estimated, so labels keep clear of each other. */
	static double labelWidth(String name) {
		return 7.4 * name.length();
	}

	/**
	 * The first spot around a place where its name overlaps no other name and no dot and stays on
	 * the map; the last choice stays if all collide. Returns x, y and +1 (text starts at x) or −1
	 * (text ends at x); the box it takes is added to {@code taken}.
	 */
	private static double[] labelSpot(double[] p, String name, List<double[]> taken, int mapTop) {
		double w = labelWidth(name);
		double[] chosen = null;
		double[] box = null;
		for (double[] spot : LABEL_SPOTS) {
			double x = p[0] + spot[0];
			double y = p[1] + spot[1];
			double left = spot[0] > 0 ? x : x - w;
			double[] candidate = {left, y - 12, w, 15};
			boolean inside =
					left >= 12 && left + w <= WIDTH - 12 && y - 12 >= mapTop + 2 && y + 3 <= mapTop + MAP_H - 2;
			boolean clear = taken.stream().noneMatch(t -> overlaps(t, candidate));
			chosen = new double[] {x, y, spot[0] > 0 ? 1 : -1};
			box = candidate;
			if (inside && clear) {
				break;
			}
		}
		taken.add(box);
		return chosen;
	}

	static boolean overlaps(double[] a, double[] b) {
		return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
	}

	/** A place's spot on the schematic map: drawn from its name, away from the map's edges. */
	private static double[] position(String place, int mapTop) {
		long h = Seeds.derive(0xC17EL, place.chars().asLongStream().toArray());
		double x = 60 + ((h >>> 11) % 10_000) / 10_000.0 * (WIDTH - 140);
		double y = mapTop + 30 + ((h >>> 37) % 10_000) / 10_000.0 * (MAP_H - 60);
		return new double[] {x, y};
	}

	/** Where a place is on the map: the gates of one metro station share the station's spot. */
	private static String spot(String place) {
		return place.replaceFirst(", gate \\d+$", "");
	}
}
