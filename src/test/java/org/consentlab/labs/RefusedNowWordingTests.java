package org.consentlab.labs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.account.Account;
import org.consentlab.account.Accounts;
import org.consentlab.registry.RegistryWorld;
import org.consentlab.sandbox.Persona;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * L6's count asks about "the queries in your query log ... the queries of your week and any you
 * made yourself", and its hint sends the learner to the policy page's table: the log page, that
 * table and the check must count the same rows, a query made by hand about oneself included, a
 * query about someone else (which is not about you) left out. If the wording, the table or the
 * check drift apart, this fails.
 */
class RefusedNowWordingTests {

	private static final Pattern LOG_ROW = Pattern.compile("<tr class=\"(?:allowed|refused)\">");

	private static final Pattern TABLE_ROW = Pattern.compile("<td class=\"now\">(allowed|refused)</td>");

	private static RunningApp app;

	private static WebClient learner;

	@BeforeAll
	static void start() {
		// the solvers' classes load in their usual order, all parts before the whole
		assertThat(TaskSolvers.ALL).containsKey("L6.refused-now");
		app = RunningApp.solo();
		learner = new WebClient(app);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void refusedNowWhenQueriesWereMadeByHandThenLogTableAndCheckCountTheSameRows() {
		Account solo = app.bean(Accounts.class).byUsername("solo").orElseThrow();
		RegistryWorld world = app.bean(RegistryWorld.class);
		learner.get("/registry/week");
		learner.post("/registry/week");
		int week = count(LOG_ROW, learner.get("/registry/log").body());
		String own = Persona.of(solo.seed()).documentNumber();
		String someoneElse =
				world.population().person(world.targetOf(solo)).passport().number();
		query(own);
		query(someoneElse);
		RegistrySolvers.savePolicy(learner, RegistrySolvers.purposeGrants(learner));

		String log = learner.get("/registry/log").body();
		String policy = learner.get("/registry/policy").body();
		assertThat(count(LOG_ROW, log))
				.as("the log gains the query about me, not the other")
				.isEqualTo(week + 1);
		assertThat(count(TABLE_ROW, policy))
				.as("the policy table shows every row of the log")
				.isEqualTo(week + 1);
		long refused = countRefused(policy);

		String prompt = learner.get("/labs/L6").body();
		assertThat(prompt).contains("Count every row, the queries of your week and any you made yourself");
		learner.post("/labs/L6/tasks/L6.refused-now", "answer", String.valueOf(refused));
		assertThat(learner.get("/labs/L6").body())
				.as("the check counts what the table shows")
				.contains("class=\"feedback ok\"");
	}

	private static void query(String passport) {
		learner.get("/registry/query");
		learner.post(
				"/registry/query",
				"agency",
				"HOTEL",
				"passport",
				passport,
				"category",
				"DNA",
				"purpose",
				"curiosity",
				"place",
				"Front desk",
				"mode",
				"E_KYC");
	}

	private static int count(Pattern pattern, String page) {
		Matcher m = pattern.matcher(page);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

	private static long countRefused(String page) {
		Matcher m = TABLE_ROW.matcher(page);
		long n = 0;
		while (m.find()) {
			n += m.group(1).equals("refused") ? 1 : 0;
		}
		return n;
	}
}
