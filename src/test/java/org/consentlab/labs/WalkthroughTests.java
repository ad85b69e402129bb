package org.consentlab.labs;

import static org.assertj.core.api.Assertions.assertThat;

import org.consentlab.support.Classroom;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Solution walkthroughs over real HTTP: an instructor reads them, a learner cannot tell they exist. */
class WalkthroughTests {

	private static RunningApp app;

	private static Classroom classroom;

	@BeforeAll
	static void start() {
		app = RunningApp.sharedClassroom();
		classroom = Classroom.create(app, "ms-nowak");
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void walkthroughWhenInstructorThenEveryLabHasOneWithEveryTask() {
		for (Lab lab : app.bean(LabCatalogue.class).all()) {
			var page = classroom.instructor.get("/labs/" + lab.id() + "/walkthrough");
			assertThat(page.statusCode()).as(lab.id()).isEqualTo(200);
			lab.tasks().forEach(task -> assertThat(page.body()).as(lab.id()).contains(task.id()));
		}
		assertThat(classroom
						.instructor
						.get("/classes/" + classroom.id + "/written")
						.body())
				.contains("href=\"/labs/L7/walkthrough\"");
	}

	@Test
	void walkthroughWhenLearnerThenNotFoundLikeAMissingLab() {
		WebClient learner = classroom.join("lena");
		assertThat(learner.get("/labs/L7/walkthrough").statusCode()).isEqualTo(404);
		assertThat(learner.get("/labs/L7/walkthrough").body()).doesNotContain("L7.built-digest");
		assertThat(new WebClient(app).get("/labs/L7/walkthrough").statusCode()).isIn(302, 401, 404);
	}
}
