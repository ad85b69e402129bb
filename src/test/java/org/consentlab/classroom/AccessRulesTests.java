package org.consentlab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.consentlab.support.Classroom;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Classroom mode on PostgreSQL, over real HTTP: every route walked as anonymous, learner A,
 * learner B, the class's instructor and another instructor, with exactly who may do what.
 */
class AccessRulesTests {

	private static RunningApp app;

	private static Classroom classroom;

	private static WebClient learnerA;

	private static WebClient learnerB;

	private static WebClient otherInstructor;

	@BeforeAll
	static void start() {
		app = RunningApp.sharedClassroomOnPostgres();
		classroom = Classroom.create(app, "ar-ms-okafor");
		learnerA = classroom.join("ar-ada");
		learnerB = classroom.join("ar-bea");
		otherInstructor = Classroom.create(app, "ar-mr-lindqvist").instructor;
		learnerA.get("/registry");
		learnerA.get("/wallet");
		learnerA.get("/labs/L0");
		learnerA.post("/labs/L0/tasks/L0.both-worlds");
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void anonymousWhenOpeningAnyPageThenSentToLogin() {
		WebClient anonymous = new WebClient(app);
		for (String path :
				List.of("/labs", "/labs/L0", "/registry", "/wallet", "/classes", "/classes/" + classroom.id)) {
			HttpResponse<String> response = anonymous.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElse(""))
					.as(path)
					.endsWith("/login");
		}
		assertThat(anonymous.get("/login").statusCode()).isEqualTo(200);
		assertThat(anonymous.get("/join").statusCode()).isEqualTo(200);
		assertThat(anonymous.get("/css/consentlab.css").statusCode()).isEqualTo(200);
	}

	@Test
	void learnerWhenOpeningInstructorPagesThenForbidden() {
		String base = "/classes/" + classroom.id;
		for (String path : List.of("/classes", base, base + "/grid", base + "/export.csv")) {
			assertThat(learnerB.get(path).statusCode()).as(path).isEqualTo(403);
		}
		learnerB.get("/labs");
		assertThat(learnerB.post(base + "/labs/L0/reset").statusCode()).isEqualTo(403);
		assertThat(learnerB.post("/classes", "name", "mine").statusCode()).isEqualTo(403);
	}

	@Test
	void learnerBWhenReadingLabsThenSeesOnlyOwnProgress() {
		assertThat(learnerA.get("/labs/L0").body()).contains("class=\"task passed\"");
		String pageOfB = learnerB.get("/labs/L0").body();
		assertThat(pageOfB).doesNotContain("class=\"task passed\"").doesNotContain("ar-ada");
		assertThat(learnerB.get("/labs").body()).contains("0 of 3 done");
	}

	@Test
	void learnerBWhenResettingThroughAnyRouteThenLearnerAKeepsProgress() {
		learnerB.get("/labs");
		learnerB.post("/classes/" + classroom.id + "/learner-resets", "learner", "1", "lab", "L0");
		assertThat(learnerA.get("/labs/L0").body()).contains("class=\"task passed\"");
	}

	@Test
	void instructorWhenOpeningOwnClassThenSeesEveryLearner() {
		String dashboard = classroom.instructor.get("/classes/" + classroom.id).body();
		assertThat(dashboard).contains("learner-ar-ada").contains("learner-ar-bea");
		String adaRow = dashboard.substring(dashboard.indexOf("id=\"learner-ar-ada\""));
		assertThat(adaRow.substring(0, adaRow.indexOf("</tr>")))
				.contains("<td class=\"passed\" data-task=\"L0.both-worlds\">passed · 1 attempt, 0 hints</td>")
				.contains("<td data-task=\"L13.phished\">0 attempts, 0 hints</td>");
		String csv = classroom
				.instructor
				.get("/classes/" + classroom.id + "/export.csv")
				.body();
		assertThat(csv)
				.startsWith("learner,lab,task,passed,attempts,hints")
				.contains("\"ar-ada\",L0,L0.both-worlds,true,1,0");
	}

	@Test
	void otherInstructorWhenOpeningSomeoneElsesClassThenNotFound() {
		String base = "/classes/" + classroom.id;
		for (String path : List.of(base, base + "/grid", base + "/export.csv")) {
			assertThat(otherInstructor.get(path).statusCode()).as(path).isEqualTo(404);
		}
		otherInstructor.get("/classes");
		assertThat(otherInstructor.post(base + "/labs/L0/reset").statusCode()).isEqualTo(404);
		long adaId = app.bean(org.consentlab.account.Accounts.class)
				.byUsername("ar-ada")
				.orElseThrow()
				.id();
		assertThat(otherInstructor
						.post(base + "/learner-resets", "learner", String.valueOf(adaId), "lab", "L0")
						.statusCode())
				.isEqualTo(404);
		assertThat(learnerA.get("/labs/L0").body()).contains("class=\"task passed\"");
	}

	@Test
	void instructorWhenResettingOneLearnersLabThenOnlyThatSandboxIsRestored() {
		WebClient cai = classroom.join("ar-cai");
		WebClient dev = classroom.join("ar-dev");
		for (WebClient learner : List.of(cai, dev)) {
			learner.get("/registry");
			learner.get("/wallet");
			learner.get("/labs/L0");
			learner.post("/labs/L0/tasks/L0.both-worlds");
		}
		long caiId = app.bean(org.consentlab.account.Accounts.class)
				.byUsername("ar-cai")
				.orElseThrow()
				.id();
		classroom.instructor.get("/classes/" + classroom.id);
		assertThat(classroom
						.instructor
						.post(
								"/classes/" + classroom.id + "/learner-resets",
								"learner",
								String.valueOf(caiId),
								"lab",
								"L0")
						.statusCode())
				.isEqualTo(302);
		assertThat(classroom.instructor.get("/classes/" + classroom.id).body())
				.as("the one reset form lists each learner")
				.contains("<option value=\"" + caiId + "\">ar-cai</option>");
		assertThat(classroom
						.instructor
						.post("/classes/" + classroom.id + "/learner-resets", "learner", "cai", "lab", "L0")
						.statusCode())
				.isEqualTo(400);

		assertThat(cai.get("/labs/L0").body()).doesNotContain("class=\"task passed\"");
		cai.post("/labs/L0/tasks/L0.both-worlds");
		assertThat(cai.get("/labs/L0").body())
				.as("the reset also forgot the world visits")
				.contains("have not opened the")
				.doesNotContain("class=\"task passed\"");
		assertThat(dev.get("/labs/L0").body()).contains("class=\"task passed\"");
	}

	@Test
	void instructorWhenHidingALabThenItsLearnersCannotOpenIt() {
		Classroom other = Classroom.create(app, "ar-ms-farouk");
		WebClient eli = other.join("ar-eli");
		assertThat(eli.get("/labs").body()).contains("lab-L0");
		other.instructor.get("/classes/" + other.id);
		other.instructor.post("/classes/" + other.id + "/labs/L0/visibility", "hidden", "true");
		assertThat(eli.get("/labs").body()).doesNotContain("lab-L0");
		assertThat(eli.get("/labs/L0").statusCode()).isEqualTo(404);
		assertThat(learnerA.get("/labs/L0").statusCode())
				.as("another class is not affected")
				.isEqualTo(200);
		other.instructor.post("/classes/" + other.id + "/labs/L0/visibility", "hidden", "false");
		assertThat(eli.get("/labs/L0").statusCode()).isEqualTo(200);
	}

	@Test
	void postWithoutCsrfTokenThenForbidden() {
		HttpResponse<String> response = learnerA.postRaw("/labs/L0/tasks/L0.both-worlds", "answer=");
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void everyPageCarriesTheStrictContentSecurityPolicy() {
		HttpResponse<String> page = learnerA.get("/labs/L0");
		assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
				.contains("script-src 'self'")
				.contains("style-src 'self'")
				.contains("frame-ancestors 'none'")
				.doesNotContain("unsafe-inline");
		assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(page.body()).doesNotContain("style=\"").doesNotContainPattern("<script(?![^>]*\\ssrc=)");
	}
}
