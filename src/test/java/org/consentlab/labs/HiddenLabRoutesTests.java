package org.consentlab.labs;

import static org.assertj.core.api.Assertions.assertThat;

import org.consentlab.support.Classroom;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hiding a lab closes what only that lab uses, not just its page: with L3 and L9 hidden, the class's
 * learners can neither open nor start a 1:N scan nor reach the tampering page, while their
 * instructor and a learner of another class still can, and showing the labs again reopens them.
 */
class HiddenLabRoutesTests {

	private static RunningApp app;

	private static Classroom classroom;

	private static WebClient ada;

	private static WebClient elsewhere;

	@BeforeAll
	static void start() {
		app = RunningApp.sharedClassroom();
		classroom = Classroom.create(app, "ms-hidden");
		ada = classroom.join("hidden-ada");
		elsewhere = Classroom.create(app, "mr-shown").join("shown-bea");
		ada.get("/labs");
		elsewhere.get("/labs");
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void hiddenLabWhenLearnerUsesItsFeaturesThenNotFoundAndInstructorStillCan() {
		setHidden("L3", true);
		setHidden("L9", true);
		try {
			assertThat(ada.get("/labs/L3").statusCode()).isEqualTo(404);
			assertThat(ada.get("/registry/identification").statusCode()).isEqualTo(404);
			assertThat(ada.post(
									"/registry/identification/scans",
									"modality",
									"iris",
									"gallery",
									"10000",
									"threshold",
									"0.32")
							.statusCode())
					.isEqualTo(404);
			assertThat(ada.get("/inspector/attacks").statusCode()).isEqualTo(404);
			// what the hidden labs share with others stays open
			assertThat(ada.get("/registry").statusCode()).isEqualTo(200);
			assertThat(ada.get("/inspector").statusCode()).isEqualTo(200);

			assertThat(classroom.instructor.get("/registry/identification").statusCode())
					.isEqualTo(200);
			assertThat(classroom.instructor.get("/inspector/attacks").statusCode())
					.isEqualTo(200);
			assertThat(elsewhere.get("/registry/identification").statusCode()).isEqualTo(200);
			assertThat(elsewhere.get("/inspector/attacks").statusCode()).isEqualTo(200);
		} finally {
			setHidden("L3", false);
			setHidden("L9", false);
		}
		assertThat(ada.get("/registry/identification").statusCode()).isEqualTo(200);
		assertThat(ada.get("/inspector/attacks").statusCode()).isEqualTo(200);
	}

	private static void setHidden(String lab, boolean hidden) {
		classroom.instructor.get("/classes/" + classroom.id);
		assertThat(classroom
						.instructor
						.post(
								"/classes/" + classroom.id + "/labs/" + lab + "/visibility",
								"hidden",
								String.valueOf(hidden))
						.statusCode())
				.isEqualTo(302);
	}
}
