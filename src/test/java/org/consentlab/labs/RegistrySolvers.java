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

	private static final Pattern POLICY_ROW =
			Pattern.compile("<tr>\\s*<th scope=\"row\">[^<]*</th>\\s*<td>(.*?)</td>", Pattern.DOTALL);

	private static final Pattern ASSIGNMENT =
			Pattern.compile("class=\"assignment card\">.*?<time datetime=\"([^\"]+)\"", Pattern.DOTALL);

	private static final Pattern LOG_ROW =
			Pattern.compile("<tr class=\"(?:allowed|refused)\">(.*?)</tr>", Pattern.DOTALL);

	private static final Pattern TIME = Pattern.compile("<time datetime=\"([^\"]+)\"");

	private static final Pattern LOG_TIME = Pattern.compile("<time datetime=\"[^\"]*T(\\d{2}:\\d{2})");

	private static final Pattern OWN_PASSPORT = Pattern.compile("name=\"passport\"[^>]*value=\"([A-Z0-9]+)\"");

	private static final Pattern STRANGERS = Pattern.compile("(\\d+) of them (?:are|is) not you");

	static final Map<String, TaskSolver> ALL = build();

	private RegistrySolvers() {}

	private static Map<String, TaskSolver> build() {
		Map<String, TaskSolver> all = new HashMap<>();
		all.put("L1.enrol", TaskSolvers.byDoing(learner -> {
			learner.get("/registry/enrol");
			learner.post("/registry/enrol");
		}));
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
		all.put("L2.whereabouts", new TaskSolver() {
			@Override
			public void prepare(WebClient learner) {
				learner.get("/registry/week");
				learner.post("/registry/week");
			}

			@Override
			public String wrong(WebClient learner) {
				String right = right(learner);
				return timeline(learner.get("/registry/analyst").body()).stream()
						.map(row -> row[1])
						.filter(place -> !place.equals(right))
						.findFirst()
						.orElseThrow();
			}

			@Override
			public String right(WebClient learner) {
				String page = learner.get("/registry/analyst").body();
				Matcher assignment = ASSIGNMENT.matcher(page);
				if (!assignment.find()) {
					throw new AssertionError("no assignment on the analyst page");
				}
				String moment = assignment.group(1);
				String place = null;
				for (String[] row : timeline(page)) {
					if (row[0].compareTo(moment) <= 0) {
						place = row[1];
					}
				}
				return place;
			}
		});
		all.put("L2.full-profile", new TaskSolver() {
			@Override
			public void prepare(WebClient learner) {
				if (!overserved(learner).isEmpty()) {
					return;
				}
				// A week that sent the profile nowhere: make such a query by hand, as the check asks.
				Matcher own =
						OWN_PASSPORT.matcher(learner.get("/registry/query").body());
				if (!own.find()) {
					throw new AssertionError("no passport number on the query form");
				}
				learner.post(
						"/registry/query",
						"agency",
						"POLICE",
						"passport",
						own.group(1),
						"category",
						"PASSPORT",
						"purpose",
						"street check",
						"place",
						"Street check, Park Lane",
						"mode",
						"E_KYC");
			}

			@Override
			public String wrong(WebClient learner) {
				List<String> times = overserved(learner);
				// One time too few when there are several; a time of no query when there is one.
				return times.size() > 1
						? String.join(", ", times.subList(1, times.size()))
						: String.join(", ", times) + ", 06:01";
			}

			@Override
			public String right(WebClient learner) {
				return String.join(", ", overserved(learner));
			}
		});
		all.put("L3.threshold", new TaskSolver() {
			@Override
			public String wrong(WebClient learner) {
				return String.valueOf(irisAtTarget(learner)[0] + 0.01);
			}

			@Override
			public String right(WebClient learner) {
				return String.valueOf(irisAtTarget(learner)[0]);
			}
		});
		all.put("L3.fnir", new TaskSolver() {
			@Override
			public String wrong(WebClient learner) {
				return String.valueOf(irisAtTarget(learner)[1] * 3 + 0.002);
			}

			@Override
			public String right(WebClient learner) {
				return String.valueOf(irisAtTarget(learner)[1]);
			}
		});
		all.put("L3.scan", new TaskSolver() {
			@Override
			public void prepare(WebClient learner) {
				learner.get("/registry/identification");
				learner.post(
						"/registry/identification/scans",
						"modality",
						"IRIS",
						"gallery",
						"1000000",
						"threshold",
						"0.35",
						"probe",
						"CAPTURE");
				long limit = System.currentTimeMillis() + 180_000;
				while (!learner.get("/registry/identification").body().contains("id=\"scan-results\"")
						&& System.currentTimeMillis() < limit) {
					sleep(250);
				}
			}

			@Override
			public String wrong(WebClient learner) {
				return String.valueOf(strangersFound(learner) + 2);
			}

			@Override
			public String right(WebClient learner) {
				return String.valueOf(strangersFound(learner));
			}
		});
		all.put("L6.purpose", TaskSolvers.byDoing(learner -> savePolicy(learner, scenarioGrants(learner))));
		all.put("L6.refused-now", TaskSolvers.numeric(learner -> {
			Matcher now = Pattern.compile("<td class=\"now\">refused</td>")
					.matcher(TaskSolvers.readingInEnglish(
							learner, () -> learner.get("/registry/policy").body()));
			int refused = 0;
			while (now.find()) {
				refused++;
			}
			return refused;
		}));
		all.put("L4.relative", new TaskSolver() {
			@Override
			public String wrong(WebClient learner) {
				return "-1";
			}

			@Override
			public String right(WebClient learner) {
				Matcher lead = Pattern.compile("<td class=\"person\">(\\d+)</td>")
						.matcher(learner.get("/registry/dna?search=1").body());
				if (!lead.find()) {
					throw new AssertionError("no lead on the DNA page");
				}
				return lead.group(1);
			}
		});
		all.put("L4.share", new TaskSolver() {
			@Override
			public String wrong(WebClient learner) {
				return String.valueOf(share(learner) + 0.002);
			}

			@Override
			public String right(WebClient learner) {
				return String.valueOf(share(learner));
			}
		});
		all.put("L5.spoof", TaskSolvers.byDoing(learner -> {
			Matcher assignment = Pattern.compile("(?:passport|паспорт) ([A-Z0-9]{1,9}),")
					.matcher(learner.get("/registry/breach").body());
			if (!assignment.find()) {
				throw new AssertionError("no assignment on the breach page");
			}
			String passport = assignment.group(1);
			String row = java.util.Arrays.stream(
							learner.get("/registry/breach/dump.csv").body().split("\n"))
					.filter(line -> line.contains("," + passport + ","))
					.findFirst()
					.orElseThrow();
			Matcher template =
					Pattern.compile(",((?:-?\\d\\.\\d+ ){511}-?\\d\\.\\d+),").matcher(row);
			if (!template.find()) {
				throw new AssertionError("no face template in the victim's row");
			}
			learner.get("/registry/breach");
			learner.post("/registry/gate", "passport", passport, "template", template.group(1));
		}));
		all.put("L5.forever", new TaskSolver() {
			@Override
			public String wrong(WebClient learner) {
				return "passport, " + right(learner);
			}

			/** The body columns of the learner's own dump. */
			@Override
			public String right(WebClient learner) {
				List<String> header = List.of(learner.get("/registry/breach/dump.csv")
						.body()
						.split("\n")[0]
						.split(","));
				return String.join(
						", ",
						header.stream()
								.filter(column -> column.equals("face_template")
										|| column.startsWith("fingerprint_")
										|| column.equals("voice")
										|| column.equals("dna"))
								.toList());
			}
		});
		return Map.copyOf(all);
	}

	/** Reachable ÷ not in the database, counted on the DNA page at the assignment's coverage. */
	static double share(WebClient learner) {
		// The percentage in the assignment's paragraph, in any language: 2.5 % or 2,5 %.
		Matcher assigned = Pattern.compile("<p class=\"assignment\">[^<]*?(\\d+(?:[.,]\\d+)?)\\s?%")
				.matcher(learner.get("/registry/dna").body());
		if (!assigned.find()) {
			throw new AssertionError("no coverage assignment on the DNA page");
		}
		String page = learner.get("/registry/dna?coverage=" + assigned.group(1).replace(',', '.'))
				.body();
		return count(page, "reachable") / count(page, "others");
	}

	private static double count(String page, String name) {
		Matcher value =
				Pattern.compile("<dd class=\"" + name + "\">(\\d+)</dd>").matcher(page);
		if (!value.find()) {
			throw new AssertionError("no " + name + " count on the DNA page");
		}
		return Double.parseDouble(value.group(1));
	}

	/**
	 * What each L6 scenario needs, as a learner judges it from the scenario's words: a fragment of the
	 * words, then the kinds of data by their labels.
	 */
	private static final Map<String, List<String>> SCENARIO_NEEDS = Map.ofEntries(
			Map.entry("check that the passport is theirs", List.of("passport data", "face")),
			Map.entry("carries no documents at all", List.of("passport data", "fingerprints")),
			Map.entry("court summons", List.of("passport data", "address")),
			Map.entry("opens an account at the counter", List.of("passport data", "face")),
			Map.entry("their yearly statement", List.of("passport data", "address")),
			Map.entry("new key card", List.of()),
			Map.entry("yearly pay statement", List.of("passport data", "address")),
			Map.entry("first day", List.of("passport data", "face")),
			Map.entry("tax number", List.of("passport data", "address")),
			Map.entry("empty flat", List.of()),
			Map.entry("new SIM card", List.of("passport data", "face")),
			Map.entry("lost passport", List.of("passport data", "address")));

	private static final Pattern SCENARIO = Pattern.compile(
			"Your own scenario: (.*?) Save an .*?For the ([^,<]+), the purpose is your scenario", Pattern.DOTALL);

	/** The L6 prompt's scenario: (its words, the party it is about). */
	static String[] scenario(WebClient learner) {
		Matcher m = SCENARIO.matcher(learner.get("/labs/L6").body());
		if (!m.find()) {
			throw new AssertionError("no scenario in the L6 prompt");
		}
		return new String[] {m.group(1), m.group(2)};
	}

	/** The purposes table's grants, with the scenario's party given what its scenario needs instead. */
	static List<String> scenarioGrants(WebClient learner) {
		return TaskSolvers.readingInEnglish(learner, () -> scenarioGrantsInEnglish(learner));
	}

	private static List<String> scenarioGrantsInEnglish(WebClient learner) {
		String[] scenario = scenario(learner);
		List<String> needs = SCENARIO_NEEDS.entrySet().stream()
				.filter(e -> scenario[0].contains(e.getKey()))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElseThrow(() -> new AssertionError("a scenario the solver cannot judge: " + scenario[0]));
		Map<String, String> boxes = boxes(learner.get("/registry/policy").body());
		String partyPrefix = boxes.get(scenario[1] + " may read passport data").split("\\.")[0] + ".";
		List<String> grants = new ArrayList<>(purposeGrants(learner).stream()
				.filter(g -> !g.startsWith(partyPrefix))
				.toList());
		needs.forEach(category -> grants.add(boxes.get(scenario[1] + " may read " + category)));
		return grants;
	}

	private static Map<String, String> boxes(String page) {
		Map<String, String> boxes = new HashMap<>();
		Matcher box = Pattern.compile("value=\"([A-Z_]+\\.[A-Z_]+)\"[^>]*aria-label=\"([^\"]+)\"")
				.matcher(page);
		while (box.find()) {
			boxes.put(box.group(2), box.group(1));
		}
		return boxes;
	}

	/** The grants the purposes table asks for: each party's row, matched against the grid's boxes. */
	static List<String> purposeGrants(WebClient learner) {
		String page = learner.get("/registry/policy").body();
		Map<String, String> boxes = boxes(page);
		List<String> grants = new ArrayList<>();
		Matcher row = Pattern.compile(
						"<tr>\\s*<th scope=\"row\">([^<]*)</th>\\s*<td>[^<]*</td>\\s*<td class=\"needs\">(.*?)</td>",
						Pattern.DOTALL)
				.matcher(page);
		while (row.find()) {
			Matcher item = Pattern.compile("<span>([^<]*)</span>").matcher(row.group(2));
			while (item.find()) {
				String category = item.group(1).replaceAll(",\\s*$", "");
				String grant = boxes.get(row.group(1) + " may read " + category);
				if (grant != null) {
					grants.add(grant);
				}
			}
		}
		return grants;
	}

	/** Posts the policy form: one {@code grant} field per ticked box, as a browser sends it. */
	static void savePolicy(WebClient learner, List<String> grants) {
		StringBuilder body = new StringBuilder("_csrf=").append(learner.csrf());
		grants.forEach(g -> body.append("&grant=").append(g));
		learner.postRaw("/registry/policy", body.toString());
	}

	/** (threshold, FNIR) at the highest charted iris threshold whose FPIR is at most 1%, from the chart's JSON. */
	static int strangersFound(WebClient learner) {
		Matcher m = STRANGERS.matcher(TaskSolvers.readingInEnglish(
				learner, () -> learner.get("/registry/identification").body()));
		if (!m.find()) {
			throw new AssertionError("no finished search on the 1:N page");
		}
		return Integer.parseInt(m.group(1));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** The learner's own FPIR target, as the L3 prompt gives it. */
	static double target(WebClient learner) {
		Matcher target = Pattern.compile("keeps your FPIR at or below ([\\d.]+)%")
				.matcher(TaskSolvers.readingInEnglish(
						learner, () -> learner.get("/labs/L3").body()));
		if (!target.find()) {
			throw new AssertionError("no FPIR target in the L3 prompt");
		}
		return Double.parseDouble(target.group(1)) / 100;
	}

	static double[] irisAtTarget(WebClient learner) {
		double target = target(learner);
		learner.get("/registry/identification?modality=IRIS&gallery=1000000");
		String json = learner.get("/registry/identification/curve?modality=IRIS&gallery=1000000")
				.body();
		double[] thresholds = numbers(json, "thresholds");
		double[] fpir = numbers(json, "fpir");
		double[] fnir = numbers(json, "fnir");
		int best = -1;
		for (int i = 0; i < thresholds.length; i++) {
			if (fpir[i] <= target) {
				best = i;
			}
		}
		return new double[] {thresholds[best], fnir[best]};
	}

	private static double[] numbers(String json, String name) {
		Matcher list = Pattern.compile("\"" + name + "\":\\[([^\\]]*)\\]").matcher(json);
		if (!list.find()) {
			throw new AssertionError("no " + name + " in the curve data");
		}
		return java.util.Arrays.stream(list.group(1).split(","))
				.mapToDouble(Double::parseDouble)
				.toArray();
	}

	/** (ISO time, place) of each row of the log table on a page, in order. */
	static List<String[]> timeline(String page) {
		List<String[]> rows = new ArrayList<>();
		Matcher row = LOG_ROW.matcher(page);
		while (row.find()) {
			Matcher when = TIME.matcher(row.group(1));
			if (when.find()) {
				rows.add(new String[] {when.group(1), cell(row.group(1), "place")});
			}
		}
		return rows;
	}

	/** The times (hh:mm) of the log's allowed full e-KYC answers to checkpoints that needed one fact. */
	private static List<String> overserved(WebClient learner) {
		List<String> times = new ArrayList<>();
		Matcher rows = LOG_ROW.matcher(TaskSolvers.readingInEnglish(
				learner, () -> learner.get("/registry/log").body()));
		while (rows.find()) {
			String row = rows.group(1);
			if (cell(row, "need").equals("one fact")
					&& cell(row, "mode").startsWith("full e-KYC")
					&& cell(row, "result").equals("allowed")) {
				Matcher time = LOG_TIME.matcher(row);
				if (!time.find()) {
					throw new AssertionError("no time in a log row");
				}
				times.add(time.group(1));
			}
		}
		return times;
	}

	private static String cell(String row, String name) {
		Matcher cell =
				Pattern.compile("<td class=\"" + name + "\">([^<]*)</td>").matcher(row);
		if (!cell.find()) {
			throw new AssertionError("no " + name + " cell in a log row");
		}
		return cell.group(1).replace("&#39;", "'").replace("&amp;", "&");
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
