package org.consentlab.labs;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.consentlab.support.WebClient;

/** A solver per task id. Each one reads the learner's own pages, as a student would. */
final class TaskSolvers {

	private static final Pattern POLICY_ROW = Pattern.compile("<tr>\\s*<th scope=\"row\">[^<]*</th>\\s*<td>(.*?)</td>",
			Pattern.DOTALL);

	private static final Pattern CLAIM = Pattern.compile("<li><code>[a-z_0-9]+</code></li>");

	private TaskSolvers() {
	}

	static final Map<String, TaskSolver> ALL = Map.of(
			"L0.both-worlds", new TaskSolver() {
				@Override
				public String wrong(WebClient learner) {
					return "";
				}

				@Override
				public void prepare(WebClient learner) {
					learner.get("/registry");
					learner.get("/wallet");
				}

				@Override
				public String right(WebClient learner) {
					return "";
				}
			},
			"L0.fingerprint-parties", numeric(learner -> {
				Matcher rows = POLICY_ROW.matcher(learner.get("/registry").body());
				int count = 0;
				while (rows.find()) {
					count += rows.group(1).contains("fingerprints") ? 1 : 0;
				}
				return count;
			}),
			"L0.hidden-claims", numeric(learner -> {
				Matcher claims = CLAIM.matcher(learner.get("/wallet").body());
				int count = 0;
				while (claims.find()) {
					count++;
				}
				return count - 1;
			}));

	/** A numeric task: the wrong answer is off by one from the right one. */
	static TaskSolver numeric(java.util.function.ToLongFunction<WebClient> solve) {
		return new TaskSolver() {
			@Override
			public String wrong(WebClient learner) {
				return String.valueOf(solve.applyAsLong(learner) + 1);
			}

			@Override
			public String right(WebClient learner) {
				return String.valueOf(solve.applyAsLong(learner));
			}
		};
	}
}
