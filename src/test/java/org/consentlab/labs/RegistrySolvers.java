package org.consentlab.labs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.consentlab.support.WebClient;

/** L1–L2: each solver reads the learner's own Registry pages, as a student would. */
final class RegistrySolvers {

	private static final Pattern HELD = Pattern.compile("<ul class=\"tags held\">(.*?)</ul>", Pattern.DOTALL);

	private static final Pattern ITEM = Pattern.compile("<li>([^<]*)</li>");

	private static final Pattern POLICY_ROW = Pattern.compile("<tr>\\s*<th scope=\"row\">[^<]*</th>\\s*<td>(.*?)</td>",
			Pattern.DOTALL);

	static final Map<String, TaskSolver> ALL = build();

	private RegistrySolvers() {
	}

	private static Map<String, TaskSolver> build() {
		Map<String, TaskSolver> all = new HashMap<>();
		all.put("L1.enrol", new TaskSolver() {
			@Override
			public void prepare(WebClient learner) {
				learner.get("/registry/enrol");
				learner.post("/registry/enrol");
			}

			@Override
			public String wrong(WebClient learner) {
				return "";
			}

			@Override
			public String right(WebClient learner) {
				return "";
			}
		});
		all.put("L1.categories", new TaskSolver() {
			@Override
			public String wrong(WebClient learner) {
				return held(learner).get(0);
			}

			@Override
			public String right(WebClient learner) {
				return String.join(", ", held(learner));
			}
		});
		all.put("L1.readers", TaskSolvers.numeric(learner -> {
			List<String> held = held(learner);
			Matcher rows = POLICY_ROW.matcher(learner.get("/registry/profile").body());
			int count = 0;
			while (rows.find()) {
				String data = rows.group(1);
				count += held.stream().anyMatch(data::contains) ? 1 : 0;
			}
			return count;
		}));
		return Map.copyOf(all);
	}

	/** The labels of the "What the Registry holds about you" list on the profile page. */
	static List<String> held(WebClient learner) {
		Matcher list = HELD.matcher(learner.get("/registry/profile").body());
		if (!list.find()) {
			throw new AssertionError("no list of held data on the profile page");
		}
		List<String> labels = new ArrayList<>();
		Matcher item = ITEM.matcher(list.group(1));
		while (item.find()) {
			labels.add(item.group(1));
		}
		return labels;
	}
}
