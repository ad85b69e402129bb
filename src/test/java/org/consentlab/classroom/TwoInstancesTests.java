package org.consentlab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.consentlab.support.Classroom;
import org.consentlab.support.Postgres;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one PostgreSQL, as behind a load balancer: a learner signs in on one, and the
 * other knows them (the session lives in the database) and shows the progress made on the first.
 */
class TwoInstancesTests {

	@Test
	void learnerWhenSwitchingInstancesThenStaysSignedInWithProgress() throws Exception {
		String database = Postgres.newDatabase();
		try (RunningApp first = RunningApp.classroom(database);
				RunningApp second = RunningApp.classroom(database)) {
			Classroom classroom = Classroom.create(first, "ms-adeyemi");
			WebClient learner = classroom.join("nia");
			learner.get("/registry");
			learner.get("/wallet");
			learner.get("/labs/L0");
			assertThat(learner.post("/labs/L0/tasks/L0.both-worlds").statusCode())
					.isEqualTo(302);

			String session = learner.session();
			HttpClient other =
					HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			HttpResponse<String> page = other.send(
					HttpRequest.newBuilder(URI.create(second.url("/labs/L0")))
							.header("Cookie", "SESSION=" + session)
							.build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("nia").contains("class=\"task passed\"");

			HttpResponse<String> withoutSession = other.send(
					HttpRequest.newBuilder(URI.create(second.url("/labs/L0"))).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(withoutSession.statusCode()).isEqualTo(302);
		}
	}
}
