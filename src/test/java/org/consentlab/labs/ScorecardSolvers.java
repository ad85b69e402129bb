package org.consentlab.labs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WebClient;

/** Solvers for L12: they read the learner's own scorecard, as the learner would. */
final class ScorecardSolvers {

	/** The scorecard's links to the verifiers of the week that still wait for the wallet's answer. */
	/** A checkpoint of the week that still waits for the wallet: its link, in any language. */
	private static final Pattern WAITING = Pattern.compile("<a href=\"/verifiers/([a-z]+)\">");

	private static final Pattern WEEK = Pattern.compile("<table class=\"week\">(.*?)</table>", Pattern.DOTALL);

	private static final Pattern WEEK_ROW = Pattern.compile(
			"<tr>\\s*<td><time[^>]*>[^<]*</time></td>\\s*<td>([^<]*)</td>\\s*<td>(.*?)</td>\\s*<td>(.*?)</td>\\s*</tr>",
			Pattern.DOTALL);

	private static final Pattern BODY = Pattern.compile("data-category=\"(FACE|FINGERPRINTS|VOICE|DNA)\"");

	private static final Pattern FIXED_CLAIM =
			Pattern.compile("\\b(given_name|family_name|birth_family_name|birthdate|place_of_birth)\\b");

	private static final Pattern STATEMENTS =
			Pattern.compile("<ol class=\"statements\" type=\"A\">(.*?)</ol>", Pattern.DOTALL);

	private static final Pattern ITEM = Pattern.compile("<li>([^<]*)</li>");

	/** A phrase of each statement in each language of the course, and the principle it shows. */
	private static final Map<String, String> PRINCIPLE_OF = Map.of(
			"over 18",
			"data minimisation",
			"больше 18",
			"data minimisation",
			"police read",
			"purpose limitation",
			"полиция прочитала",
			"purpose limitation",
			"with no end date",
			"storage limitation",
			"без срока окончания",
			"storage limitation");

	static final Map<String, TaskSolver> ALL = Map.of(
			"L12.complete",
			TaskSolvers.byDoing(learner -> {
				WalletDriver wallet = new WalletDriver(learner);
				// the border asks for the residence permit beside the ID
				wallet.receive("/issuers/migration", "offer-link");
				Matcher week = WEEK.matcher(learner.get("/scorecard").body());
				if (!week.find()) {
					throw new AssertionError("no week on the scorecard");
				}
				Matcher waiting = WAITING.matcher(week.group(1));
				while (waiting.find()) {
					wallet.answer(wallet.openRequest(waiting.group(1)), "share");
				}
			}),
			"L12.irrevocable",
			TaskSolvers.numeric(learner -> {
				Matcher week = WEEK.matcher(learner.get("/scorecard").body());
				if (!week.find()) {
					throw new AssertionError("no week on the scorecard");
				}
				java.util.Set<String> registry = new java.util.HashSet<>();
				java.util.Set<String> verifiers = new java.util.HashSet<>();
				Matcher row = WEEK_ROW.matcher(week.group(1));
				while (row.find()) {
					if (BODY.matcher(row.group(2)).find()) {
						registry.add(row.group(1));
					}
					if (FIXED_CLAIM.matcher(row.group(3)).find()) {
						verifiers.add(row.group(1));
					}
				}
				// The Registry itself holds the learner's face from enrolment on.
				return registry.size() + 1 + verifiers.size();
			}),
			"L12.principles",
			new TaskSolver() {
				@Override
				public String wrong(WebClient learner) {
					List<String> shifted = new ArrayList<>(principles(learner));
					Collections.rotate(shifted, 1);
					return String.join(", ", shifted);
				}

				@Override
				public String right(WebClient learner) {
					return String.join(", ", principles(learner));
				}
			},
			"L12.argument",
			new TaskSolver() {
				@Override
				public String wrong(WebClient learner) {
					return "The wallet is better because it shares less.";
				}

				@Override
				public String right(WebClient learner) {
					String sentence =
							"I would choose the wallet, because my scorecard shows that the Registry handed out "
									+ "many more data items about me than my wallet disclosed, and a breach of the centre "
									+ "would leak my face and fingerprints for life. ";
					return sentence.repeat(3);
				}
			});

	private ScorecardSolvers() {}

	private static List<String> principles(WebClient learner) {
		Matcher list = STATEMENTS.matcher(learner.get("/scorecard").body());
		if (!list.find()) {
			throw new AssertionError("no statements on the scorecard");
		}
		List<String> principles = new ArrayList<>();
		Matcher item = ITEM.matcher(list.group(1));
		while (item.find()) {
			String statement = item.group(1);
			principles.add(PRINCIPLE_OF.entrySet().stream()
					.filter(entry -> statement.contains(entry.getKey()))
					.map(Map.Entry::getValue)
					.findFirst()
					.orElseThrow(() -> new AssertionError("unknown statement: " + statement)));
		}
		return principles;
	}
}
