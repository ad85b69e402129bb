package org.consentlab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.account.Accounts;
import org.consentlab.credential.sdjwt.ParseLimits;
import org.consentlab.credential.status.StatusListToken;
import org.consentlab.support.Classroom;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Classroom mode on PostgreSQL: the instructor's status page lists what the issuers gave the class's
 * learners and sets their status in the published list; a learner gets 403, another class's
 * instructor sees and changes nothing; no one rotates the shared issuer keys from the web, and learners cannot
 * suspend their own credentials (that demonstration is for solo mode).
 */
class ClassCredentialsTests {

	private static final Pattern ROW =
			Pattern.compile("data-learner=\"cc-ada\" data-issuer=\"pid\" data-idx=\"(\\d+)\" data-status=\"([A-Z]+)\"");

	private static RunningApp app;

	private static Classroom classroom;

	private static WebClient ada;

	private static WebClient otherInstructor;

	private static int idx;

	@BeforeAll
	static void start() {
		app = RunningApp.sharedClassroomOnPostgres();
		classroom = Classroom.create(app, "cc-ms-adeyemi");
		ada = classroom.join("cc-ada");
		otherInstructor = Classroom.create(app, "cc-mr-holm").instructor;
		new WalletDriver(ada).receivePid();
		Matcher row = ROW.matcher(classroom.instructor.get(page()).body());
		assertThat(row.find()).isTrue();
		idx = Integer.parseInt(row.group(1));
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void setWhenInstructorSuspendsReinstatesRevokesThenListFollowsAndRevocationIsFinal() {
		assertThat(classroom.instructor.get(page()).body()).contains("data-status=\"VALID\"");
		set(classroom.instructor, "SUSPENDED");
		assertThat(status()).isEqualTo(2);
		set(classroom.instructor, "VALID");
		assertThat(status()).isZero();
		set(classroom.instructor, "INVALID");
		assertThat(status()).isEqualTo(1);
		set(classroom.instructor, "VALID");
		assertThat(status()).isEqualTo(1);
		assertThat(classroom.instructor.get(page()).body()).contains("data-status=\"INVALID\"");
		classroom.instructor.get(page());
		assertThat(classroom
						.instructor
						.post(action(), "learner", adaId(), "status", "LOST")
						.statusCode())
				.isEqualTo(400);
	}

	@Test
	void pageWhenLearnerOrOtherInstructorThenForbiddenOrNotFoundAndNothingChanges() {
		int before = status();
		assertThat(ada.get(page()).statusCode()).isEqualTo(403);
		ada.get("/wallet");
		assertThat(ada.post(action(), "learner", adaId(), "status", "SUSPENDED").statusCode())
				.isEqualTo(403);
		assertThat(otherInstructor.get(page()).statusCode()).isEqualTo(404);
		otherInstructor.get("/classes");
		assertThat(otherInstructor
						.post(action(), "learner", adaId(), "status", "SUSPENDED")
						.statusCode())
				.isEqualTo(404);
		assertThat(status()).isEqualTo(before);
	}

	@Test
	void rotateWhenLearnerOrInstructorThenForbiddenAndKeyUnchanged() {
		ada.get("/issuers/university");
		assertThat(ada.get("/issuers/university").body())
				.doesNotContain("id=\"rotate\"")
				.doesNotContain("id=\"suspend\"");
		assertThat(ada.post("/issuers/university/keys/rotate").statusCode()).isEqualTo(403);
		assertThat(ada.post("/issuers/pid/suspend").statusCode()).isEqualTo(403);
		// the issuers serve every class: their keys are the server administrator's (issuer-keys on the command line)
		String page = classroom.instructor.get("/issuers/university").body();
		assertThat(page).doesNotContain("id=\"rotate\"").contains("id=\"keys-administered\"");
		String before = kid(page);
		for (WebClient instructor : new WebClient[] {classroom.instructor, otherInstructor}) {
			instructor.get("/issuers/university");
			assertThat(instructor.post("/issuers/university/keys/rotate").statusCode())
					.isEqualTo(403);
			assertThat(instructor.post("/issuers/university/keys/retire").statusCode())
					.isEqualTo(403);
		}
		assertThat(kid(classroom.instructor.get("/issuers/university").body())).isEqualTo(before);
	}

	private static String kid(String page) {
		Matcher m = Pattern.compile("id=\"signing-kid\">([^<]+)<").matcher(page);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	private static void set(WebClient client, String status) {
		client.get(page());
		assertThat(client.post(action(), "learner", adaId(), "status", status).statusCode())
				.isEqualTo(302);
	}

	private static int status() {
		String compact = ada.get("/issuers/pid/status").body();
		return StatusListToken.parse(compact, ParseLimits.DEFAULT.maxJsonDepth(), 1 << 20)
				.statusList()
				.get(idx);
	}

	private static String adaId() {
		return String.valueOf(
				app.bean(Accounts.class).byUsername("cc-ada").orElseThrow().id());
	}

	private static String page() {
		return "/classes/" + classroom.id + "/credentials";
	}

	private static String action() {
		return page() + "/pid/" + idx + "/status";
	}
}
