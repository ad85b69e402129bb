package org.consentlab.labs;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** L0: each solver reads the learner's own pages, as a student would. */
final class WarmupSolvers {

	private static final Pattern POLICY_ROW =
			Pattern.compile("<tr>\\s*<th scope=\"row\">[^<]*</th>\\s*<td>(.*?)</td>", Pattern.DOTALL);

	private static final Pattern CLAIM = Pattern.compile("<li><code>[a-z_0-9]+</code></li>");

	private WarmupSolvers() {}

	static final Map<String, TaskSolver> ALL = Map.of(
			"L0.both-worlds",
					TaskSolvers.byDoing(learner -> {
						learner.get("/registry");
						learner.get("/wallet");
					}),
			"L0.fingerprint-parties",
					TaskSolvers.numeric(learner -> {
						Matcher rows = POLICY_ROW.matcher(TaskSolvers.readingInEnglish(
								learner, () -> learner.get("/registry").body()));
						int count = 0;
						while (rows.find()) {
							count += rows.group(1).contains("fingerprints") ? 1 : 0;
						}
						return count;
					}),
			"L0.hidden-claims",
					TaskSolvers.numeric(learner -> {
						Matcher claims = CLAIM.matcher(learner.get("/wallet").body());
						int count = 0;
						while (claims.find()) {
							count++;
						}
						return count - 1;
					}));
}
