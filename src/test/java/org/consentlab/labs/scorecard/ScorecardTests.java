package org.consentlab.labs.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.account.Account;
import org.consentlab.account.Accounts;
import org.consentlab.registry.RegistryWorld;
import org.consentlab.registry.querylog.QueryLog;
import org.consentlab.support.Classroom;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lab L12 in classroom mode on PostgreSQL, over real HTTP: each learner's scorecard counts only
 * their own logs, and written arguments reach their own instructor and nobody else.
 */
class ScorecardTests {

	private static final String ARGUMENT = "I would choose the wallet for my country, because the numbers on my "
			+ "scorecard show that far fewer parties learned of my week. ";

	private static RunningApp app;

	private static Classroom classroom;

	private static WebClient ada;

	private static WebClient bea;

	@BeforeAll
	static void start() {
		app = RunningApp.sharedClassroomOnPostgres();
		classroom = Classroom.create(app, "sc-ms-haddad");
		ada = classroom.join("sc-ada");
		bea = classroom.join("sc-bea");
		ada.get("/registry/enrol");
		ada.post("/registry/enrol");
		ada.get("/registry/week");
		ada.post("/registry/week");
		WalletDriver wallet = new WalletDriver(ada);
		wallet.receivePid();
		wallet.answer(wallet.openRequest("bar"), "share");
		wallet.answer(wallet.openRequest("bank"), "share");
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void learnerWhenWeekLivedThenScorecardCountsTheRegistryLogAndTheWalletSeparately() {
		String card = ada.get("/scorecard").body();
		int registryItems = cell(card, "registry-items");
		int walletClaims = cell(card, "wallet-claims");
		assertThat(registryItems)
				.as("items the Registry handed out in the week")
				.isEqualTo(handedOutAboutAda());
		assertThat(walletClaims)
				.as("claims the bank learned (the bar is no checkpoint of the week)")
				.isEqualTo(6);
		assertThat(cell(card, "registry-parties")).isGreaterThan(cell(card, "wallet-parties"));
		assertThat(cell(card, "wallet-parties")).isEqualTo(1);
		assertThat(card)
				.as("the wallet's failure modes are a figure: one device unlock per presentation, not a zero")
				.contains("id=\"wallet-unlocks\">1 device unlock, one per presentation");
		assertThat(card)
				.as("who can ask in another's name is a figure in both worlds, with its source")
				.containsPattern("id=\"registry-asking\">[2-9] parties may query the Registry about you in 202[4-7]")
				.contains("id=\"wallet-asking\">With signed requests, 10 verifiers hold an access certificate")
				.contains("ETSI TS 119 475 §4.7");
	}

	@Test
	void learnerBWhenOpeningScorecardThenSeesNothingOfLearnerA() {
		String card = bea.get("/scorecard").body();
		assertThat(cell(card, "registry-items")).isZero();
		assertThat(cell(card, "wallet-claims")).isZero();
		assertThat(card).doesNotContain("sc-ada");
	}

	@Test
	void argumentWhenSavedThenOnlyItsClassInstructorReadsIt() {
		ada.get("/labs/L12");
		assertThat(ada.post("/labs/L12/tasks/L12.argument", "answer", "Too short.")
						.statusCode())
				.isEqualTo(302);
		String unsaved = classroom
				.instructor
				.get("/classes/" + classroom.id + "/written")
				.body();
		assertThat(unsaved).doesNotContain("Too short.");
		ada.post("/labs/L12/tasks/L12.argument", "answer", ARGUMENT.repeat(5));
		String written = classroom
				.instructor
				.get("/classes/" + classroom.id + "/written")
				.body();
		assertThat(written).contains("I would choose the wallet for my country").contains("id=\"written-sc-bea\"");
		assertThat(bea.get("/classes/" + classroom.id + "/written").statusCode())
				.isEqualTo(403);
		WebClient other = Classroom.create(app, "sc-mr-osei").instructor;
		assertThat(other.get("/classes/" + classroom.id + "/written").statusCode())
				.isEqualTo(404);
	}

	@Test
	void argumentWhenGradedOnTheRubricThenTheLearnerSeesScoreAndComment() {
		ada.get("/labs/L12");
		ada.post("/labs/L12/tasks/L12.argument", "answer", ARGUMENT.repeat(5));
		long adaId = app.bean(Accounts.class).byUsername("sc-ada").orElseThrow().id();
		String grade = "/classes/" + classroom.id + "/written/" + adaId + "/L12.argument";
		String page = classroom
				.instructor
				.get("/classes/" + classroom.id + "/written")
				.body();
		assertThat(page).contains("Evidence: uses two numbers").contains("action=\"" + grade + "\"");

		assertThat(classroom
						.instructor
						.post(grade, "score", "11", "comment", "x")
						.statusCode())
				.isEqualTo(400);
		assertThat(bea.post(grade, "score", "10", "comment", "I grade myself").statusCode())
				.isEqualTo(403);
		WebClient other = Classroom.create(app, "sc-mr-grade").instructor;
		assertThat(other.post(grade, "score", "10", "comment", "not my class").statusCode())
				.isEqualTo(404);
		assertThat(ada.get("/labs/L12").body()).doesNotContain("id=\"L12.argument-grade\"");

		assertThat(classroom
						.instructor
						.post(grade, "score", "7", "comment", "Good evidence; answer the objection.")
						.statusCode())
				.isEqualTo(302);
		assertThat(ada.get("/labs/L12").body())
				.contains("id=\"L12.argument-grade\"")
				.contains("7 of 10. Good evidence; answer the objection.");
		assertThat(bea.get("/labs/L12").body()).doesNotContain("Good evidence");
	}

	/** Straight from the query log: one item per kind of data per allowed query about Ada's own person. */
	private static int handedOutAboutAda() {
		Account account = app.bean(Accounts.class).byUsername("sc-ada").orElseThrow();
		int person = app.bean(RegistryWorld.class).subjectOf(account).personId();
		return app.bean(QueryLog.class).about(account.id(), person).stream()
				.filter(QueryLog.Entry::allowed)
				.mapToInt(entry -> entry.categories().size())
				.sum();
	}

	private static int cell(String page, String id) {
		Matcher matcher = Pattern.compile("id=\"" + id + "\">(\\d+)<").matcher(page);
		assertThat(matcher.find()).as("cell %s on the scorecard", id).isTrue();
		return Integer.parseInt(matcher.group(1));
	}
}
