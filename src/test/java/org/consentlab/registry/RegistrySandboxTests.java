package org.consentlab.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.support.Classroom;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Classroom mode on PostgreSQL: each learner's Registry sandbox (enrolment, query log) is their
 * own. Learner B never sees learner A's queries, not even when looking A's person up as analyst.
 */
class RegistrySandboxTests {

	private static final Pattern PASSPORT = Pattern.compile("Passport number ([A-Z0-9]{1,9})");

	private static RunningApp app;

	private static WebClient learnerA;

	private static WebClient learnerB;

	@BeforeAll
	static void start() {
		app = RunningApp.sharedClassroomOnPostgres();
		Classroom classroom = Classroom.create(app, "rs-ms-okafor");
		learnerA = classroom.join("rs-ada");
		learnerB = classroom.join("rs-bea");
		learnerA.get("/registry/enrol");
		learnerA.post("/registry/enrol");
		learnerA.get("/registry/week");
		learnerA.post("/registry/week");
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void logWhenLearnerALivedAWeekThenLearnerBSeesNoneOfIt() {
		assertThat(learnerA.get("/registry/log").body()).contains("class=\"log\"");
		String logOfB = learnerB.get("/registry/log").body();
		assertThat(logOfB).doesNotContain("class=\"log\"").contains("Nothing is logged about you yet.");
	}

	@Test
	void analystWhenLearnerBLooksUpLearnerAThenFindsNothingLogged() {
		Matcher passport = PASSPORT.matcher(learnerA.get("/registry/enrol").body());
		assertThat(passport.find()).isTrue();
		String page =
				learnerB.get("/registry/analyst?passport=" + passport.group(1)).body();
		assertThat(page).contains("The log holds nothing about this person yet.");
	}

	@Test
	void profileWhenLearnerBNotEnrolledThenSentToTheCaptureStation() {
		assertThat(learnerA.get("/registry/profile").statusCode()).isEqualTo(200);
		assertThat(learnerB.get("/registry/profile").statusCode()).isEqualTo(302);
	}
}
