package org.consentlab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.consentlab.account.Account;
import org.consentlab.account.AccountSessions;
import org.consentlab.account.Accounts;
import org.consentlab.support.AttackDriver;
import org.consentlab.support.Classroom;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A learner deletes their account, an instructor deletes a class, the retention job deletes idle
 * learners (security review I3). After a deletion no table holds a row that refers to the account:
 * the tables are found in the database's own catalogue, so a table added later is checked too.
 */
class AccountDeletionTests {

	/** Columns that name a person, by their name; each is checked against the account's id or name. */
	private static final Pattern PERSON_COLUMN =
			Pattern.compile(".*(ACCOUNT|LEARNER|OWNER|HOLDER|USER|PRINCIPAL|INSTRUCTOR|SUBJECT_ACCOUNT).*");

	private static RunningApp app;

	private static JdbcClient jdbc;

	@BeforeAll
	static void start() {
		app = RunningApp.classroom("jdbc:h2:mem:deletion-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		jdbc = app.bean(JdbcClient.class);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void deleteWhenLearnerConfirmsThenNoTableRefersToTheAccountAndEverySessionEnds() {
		Classroom classroom = Classroom.create(app, "ms-delete");
		WebClient learner = classroom.join("leaver");
		WebClient otherDevice = new WebClient(app);
		otherDevice.signIn("leaver", Classroom.PASSWORD);
		WebClient neighbour = classroom.join("stayer");
		useEveryWorld(learner);
		useEveryWorld(neighbour);
		Account leaver = app.bean(Accounts.class).byUsername("leaver").orElseThrow();
		Account stayer = app.bean(Accounts.class).byUsername("stayer").orElseThrow();
		Map<String, Integer> before = rowsReferring(leaver);
		assertThat(before.keySet())
				.as("the worlds really held something of the learner, so the check below means something")
				.contains(
						"TASK_ATTEMPT.ACCOUNT_ID",
						"HINT_REVEAL.ACCOUNT_ID",
						"REGISTRY_ENROLMENT.ACCOUNT_ID",
						"WALLET_CREDENTIAL.ACCOUNT_ID",
						"VERIFIER_TRANSACTION.ACCOUNT_ID",
						"SPRING_SESSION.PRINCIPAL_NAME");

		learner.get("/account");
		HttpResponse<String> wrong = learner.post("/account/delete", "password", "not my password");
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(app.bean(Accounts.class).byId(leaver.id())).isPresent();

		HttpResponse<String> deleted = learner.post("/account/delete", "password", Classroom.PASSWORD);
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/login?deleted");
		assertThat(rowsReferring(leaver))
				.as("rows still referring to the deleted account")
				.isEmpty();
		assertThat(app.bean(Accounts.class).byId(leaver.id())).isEmpty();
		assertThat(app.bean(AccountSessions.class).count(leaver)).isZero();
		assertThat(otherDevice.get("/labs").statusCode()).isEqualTo(302);
		assertThat(learner.get("/labs").statusCode()).isEqualTo(302);
		assertThat(new WebClient(app)
						.signIn("leaver", Classroom.PASSWORD)
						.headers()
						.firstValue("Location"))
				.hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
		assertThat(rowsReferring(stayer).keySet())
				.as("the neighbour keeps everything")
				.isEqualTo(before.keySet());
	}

	@Test
	void deleteWhenInstructorDeletesOwnAccountThenRefused() {
		Classroom classroom = Classroom.create(app, "ms-keep");
		classroom.instructor.get("/account");
		HttpResponse<String> refused = classroom.instructor.post("/account/delete", "password", Classroom.PASSWORD);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(app.bean(Accounts.class).exists("ms-keep")).isTrue();
	}

	@Test
	void changePasswordWhenCurrentGivenThenOtherSessionsEndAndThisOneStays() {
		Classroom classroom = Classroom.create(app, "ms-change");
		WebClient learner = classroom.join("changer");
		WebClient otherDevice = new WebClient(app);
		otherDevice.signIn("changer", Classroom.PASSWORD);
		assertThat(otherDevice.get("/labs").statusCode()).isEqualTo(200);
		String fresh = "a brand new passphrase";

		learner.get("/account");
		HttpResponse<String> wrongCurrent =
				learner.post("/account/password", "current", "not the password", "password", fresh, "repeat", fresh);
		assertThat(wrongCurrent.statusCode()).isEqualTo(400);
		assertThat(wrongCurrent.body()).contains("does not match your current password");
		HttpResponse<String> tooShort = learner.post(
				"/account/password", "current", Classroom.PASSWORD, "password", "short", "repeat", "short");
		assertThat(tooShort.statusCode()).isEqualTo(400);
		assertThat(tooShort.body()).contains("12 to 1024");
		HttpResponse<String> mismatch = learner.post(
				"/account/password", "current", Classroom.PASSWORD, "password", fresh, "repeat", fresh + "!");
		assertThat(mismatch.statusCode()).isEqualTo(400);
		assertThat(otherDevice.get("/labs").statusCode()).isEqualTo(200);

		HttpResponse<String> changed =
				learner.post("/account/password", "current", Classroom.PASSWORD, "password", fresh, "repeat", fresh);
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(location(changed)).endsWith("/account?changed");
		assertThat(learner.get("/account?changed").body()).contains("Your password has been changed");
		assertThat(otherDevice.get("/labs").statusCode())
				.as("the other session ended")
				.isEqualTo(302);
		assertThat(location(new WebClient(app).signIn("changer", Classroom.PASSWORD)))
				.endsWith("/login?error");
		assertThat(location(new WebClient(app).signIn("CHANGER", fresh))).doesNotContain("error");
	}

	@Test
	void deleteClassWhenNameConfirmedThenItsLearnersAndTheClassAreGone() {
		Classroom classroom = Classroom.create(app, "ms-close");
		useEveryWorld(classroom.join("pupil-one"));
		classroom.join("pupil-two");
		Classroom other = Classroom.create(app, "ms-other");
		other.join("elsewhere");
		Account one = app.bean(Accounts.class).byUsername("pupil-one").orElseThrow();

		classroom.instructor.get("/classes/" + classroom.id);
		assertThat(classroom
						.instructor
						.post("/classes/" + classroom.id + "/delete", "confirm", "Class of someone")
						.statusCode())
				.isEqualTo(400);
		assertThat(other.instructor
						.post("/classes/" + classroom.id + "/delete", "confirm", "Class of ms-close")
						.statusCode())
				.isEqualTo(404);
		assertThat(app.bean(Accounts.class).countInClassroom(classroom.id)).isEqualTo(2);

		HttpResponse<String> deleted =
				classroom.instructor.post("/classes/" + classroom.id + "/delete", "confirm", "Class of ms-close");
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(rowsReferring(one)).isEmpty();
		assertThat(app.bean(Accounts.class).exists("pupil-two")).isFalse();
		assertThat(classroom.instructor.get("/classes/" + classroom.id).statusCode())
				.isEqualTo(404);
		assertThat(app.bean(Accounts.class).exists("elsewhere")).isTrue();
		assertThat(app.bean(Accounts.class).exists("ms-close"))
				.as("the instructor stays")
				.isTrue();
	}

	@Test
	void purgeWhenLearnerIdleLongerThanRetentionThenDeletedAndOthersKept() {
		Classroom classroom = Classroom.create(app, "ms-retain");
		classroom.join("idle-one");
		classroom.join("active-one");
		Accounts accounts = app.bean(Accounts.class);
		Instant now = Instant.now();
		Account idle = accounts.byUsername("idle-one").orElseThrow();
		accounts.signedIn(idle.id(), now.minus(Duration.ofDays(181)));
		jdbc.sql("UPDATE ACCOUNT SET LAST_SIGN_IN_AT = ?, CREATED_AT = ? WHERE USERNAME = 'ms-retain'")
				.params(
						java.sql.Timestamp.from(now.minus(Duration.ofDays(400))),
						java.sql.Timestamp.from(now.minus(Duration.ofDays(400))))
				.update();

		int purged = app.bean(LearnerRetention.class).purge(now);

		assertThat(purged).isEqualTo(1);
		assertThat(accounts.byId(idle.id())).isEmpty();
		assertThat(rowsReferring(idle)).isEmpty();
		assertThat(accounts.exists("active-one")).isTrue();
		assertThat(accounts.exists("ms-retain"))
				.as("instructors are not learners")
				.isTrue();
	}

	/** Leaves something of the learner in each world: answers, hints, registry, wallet, verifiers. */
	private static void useEveryWorld(WebClient learner) {
		learner.get("/labs/L0");
		learner.post("/labs/L0/tasks/L0.both-worlds", "answer", "an answer");
		learner.post("/labs/L0/tasks/L0.both-worlds/hint");
		learner.get("/registry");
		learner.post("/registry/enrol");
		WalletDriver wallet = new WalletDriver(learner);
		wallet.receivePid();
		wallet.answer(wallet.openRequest("hotel"), "share");
		AttackDriver attacks = new AttackDriver(learner);
		List<Long> sources = attacks.sources();
		if (!sources.isEmpty()) {
			attacks.attack(sources.get(0), "hotel", "change-value");
		}
	}

	/** "TABLE.COLUMN" → rows in it that refer to the account, for every person column that has any. */
	private static Map<String, Integer> rowsReferring(Account account) {
		Map<String, Integer> found = new TreeMap<>();
		List<String[]> columns = new ArrayList<>();
		jdbc.sql("SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS"
						+ " WHERE UPPER(TABLE_SCHEMA) = 'PUBLIC'")
				.query(rs -> {
					columns.add(new String[] {
						rs.getString(1).toUpperCase(Locale.ROOT),
						rs.getString(2).toUpperCase(Locale.ROOT),
						rs.getString(3).toUpperCase(Locale.ROOT)
					});
				});
		for (String[] column : columns) {
			String table = column[0];
			String name = column[1];
			boolean isId = table.equals("ACCOUNT") && name.equals("ID");
			if (!isId
					&& (table.equals("ACCOUNT") || !PERSON_COLUMN.matcher(name).matches())) {
				continue;
			}
			boolean numeric = column[2].contains("INT") || column[2].contains("NUMERIC");
			boolean text = column[2].contains("CHAR") || column[2].contains("TEXT");
			if (!numeric && !text) {
				continue;
			}
			int rows = jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + name + " = ?")
					.param(numeric ? (Object) account.id() : account.username())
					.query(Integer.class)
					.single();
			if (rows > 0) {
				found.put(table + "." + name, rows);
			}
		}
		return found;
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("");
	}
}
