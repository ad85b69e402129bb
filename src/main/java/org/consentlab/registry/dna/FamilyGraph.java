package org.consentlab.registry.dna;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.consentlab.population.FamilyTies;
import org.consentlab.population.Person;
import org.consentlab.population.Population;
import org.consentlab.registry.Svg;

/**
 * Lab L4's family tree, drawn on the server as SVG: one person in the middle, their relatives from
 * grandparents to grandchildren by generation, lines from parents to children, and who is in the
 * DNA database, who a familial search returned as a lead, and leads who are no relation at all.
 * The person in the middle, never enrolled, is found through the relatives who are.
 */
final class FamilyGraph {

	/** Words the picture needs, from the message bundle. */
	record Labels(String title, String description, String centre, String enrolled, String lead, String falseLeads) {}

	static final int MAX_PER_ROW = 10;

	private static final int BOX_W = 150;

	private static final int BOX_H = 46;

	private static final int GAP = 14;

	private static final int ROW_H = 96;

	private static final int TOP = 24;

	private FamilyGraph() {}

	/** The tree of {@code centre}: {@code enrolled} says who is in the database, {@code leads} whom a search returned. */
	static String svg(
			String id, Population people, int centre, IntPredicate enrolled, Set<Integer> leads, Labels labels) {
		FamilyTies ties = people.family(centre);
		List<List<Integer>> rows = List.of(
				cap(ties.grandparents()),
				cap(concat(ties.auntsAndUncles(), ties.parents())),
				cap(concat(ties.cousins(), ties.siblings(), List.of(centre))),
				cap(concat(ties.niecesAndNephews(), ties.children())),
				cap(ties.grandchildren()));
		Set<Integer> family = new LinkedHashSet<>(ties.all());
		List<Integer> strangers = leads.stream()
				.filter(l -> l != centre && !family.contains(l))
				.sorted()
				.limit(MAX_PER_ROW)
				.toList();
		List<List<Integer>> drawn =
				new ArrayList<>(rows.stream().filter(r -> !r.isEmpty()).toList());
		if (!strangers.isEmpty()) {
			drawn.add(strangers);
		}
		int widest = drawn.stream().mapToInt(List::size).max().orElse(1);
		int width = Math.max(4, widest) * (BOX_W + GAP) + GAP;
		int height = TOP + drawn.size() * ROW_H + 10;
		boolean found = leads.stream().anyMatch(l -> l != centre && family.contains(l));
		Svg svg = new Svg(id, "family-graph", width, height, labels.title(), labels.description());
		Map<Integer, double[]> at = new HashMap<>();
		for (int r = 0; r < drawn.size(); r++) {
			List<Integer> row = drawn.get(r);
			double left = (width - row.size() * (BOX_W + GAP) + GAP) / 2.0;
			for (int i = 0; i < row.size(); i++) {
				at.putIfAbsent(row.get(i), new double[] {left + i * (BOX_W + GAP), TOP + r * ROW_H});
			}
		}
		svg.open("g", "edges");
		for (Map.Entry<Integer, double[]> child : at.entrySet()) {
			Person person = people.person(child.getKey());
			for (int parent :
					new int[] {person.mother().orElse(-1), person.father().orElse(-1)}) {
				double[] p = parent < 0 || strangers.contains(child.getKey()) ? null : at.get(parent);
				if (p != null && p[1] < child.getValue()[1]) {
					svg.line(
							p[0] + BOX_W / 2.0,
							p[1] + BOX_H,
							child.getValue()[0] + BOX_W / 2.0,
							child.getValue()[1],
							"tie");
				}
			}
		}
		svg.close("g");
		if (!strangers.isEmpty()) {
			svg.text(GAP, TOP + (drawn.size() - 1) * ROW_H - 8, "start", "row-label", labels.falseLeads());
		}
		for (Map.Entry<Integer, double[]> node : at.entrySet()) {
			int who = node.getKey();
			boolean isCentre = who == centre;
			boolean isLead = leads.contains(who);
			boolean inDb = enrolled.test(who);
			String kind = isCentre
					? (found && !inDb ? "node centre found" : "node centre")
					: strangers.contains(who)
							? "node false-lead"
							: isLead ? "node lead" : inDb ? "node enrolled" : "node other";
			String status = isCentre
					? (inDb ? labels.enrolled() : found ? labels.centre() : "")
					: isLead ? labels.lead() : inDb ? labels.enrolled() : "";
			double x = node.getValue()[0];
			double y = node.getValue()[1];
			svg.open("g", kind);
			svg.rect(x, y, BOX_W, BOX_H, "box");
			svg.text(
					x + BOX_W / 2.0,
					y + 19,
					"middle",
					"name",
					Svg.cut(people.person(who).fullName(), 22));
			svg.text(x + BOX_W / 2.0, y + 37, "middle", "status", status);
			svg.close("g");
		}
		return svg.finish();
	}

	private static List<Integer> cap(List<Integer> row) {
		return row.size() <= MAX_PER_ROW ? row : row.subList(row.size() - MAX_PER_ROW, row.size());
	}

	@SafeVarargs
	private static List<Integer> concat(List<Integer>... lists) {
		List<Integer> all = new ArrayList<>();
		for (List<Integer> list : lists) {
			for (Integer id : list) {
				if (!all.contains(id)) {
					all.add(id);
				}
			}
		}
		return all;
	}
}
