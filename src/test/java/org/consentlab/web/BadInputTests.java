package org.consentlab.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.consentlab.labs.LabProgress;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear page with the right status, never a stack trace, never a half-saved write. */
class BadInputTests {

	private static RunningApp app;

	private static WebClient learner;

	@BeforeAll
	static void start() {
		app = RunningApp.sharedSolo();
		learner = new WebClient(app);
		learner.get("/labs");
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void unknownLabThenNotFoundNamingIt() {
		HttpResponse<String> response = learner.get("/labs/L99");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("There is no lab called &quot;L99&quot;");
		assertNoTrace(response);
	}

	@Test
	void unknownTaskThenNotFoundNamingIt() {
		learner.get("/labs/L0");
		HttpResponse<String> response = learner.post("/labs/L0/tasks/L0.nope", "answer", "1");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("There is no task called &quot;L0.nope&quot;");
	}

	@Test
	void unknownPathThenNotFoundPage() {
		HttpResponse<String> response = learner.get("/no/such/page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("There is no page at");
		assertNoTrace(response);
	}

	@Test
	void submissionOverLimitThenTooLargeAndNothingStored() {
		learner.get("/labs/L0");
		String big = "answer=" + "9".repeat(70_000) + "&_csrf=" + learner.csrf();
		HttpResponse<String> response = learner.postRaw("/labs/L0/tasks/L0.hidden-claims", big);
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("too large");
		assertThat(attempts()).isZero();
	}

	@Test
	void chunkedSubmissionOverLimitThenTooLarge() {
		learner.get("/labs/L0");
		byte[] body = ("_csrf=" + learner.csrf() + "&answer=" + "9".repeat(70_000)).getBytes();
		HttpRequest request = HttpRequest.newBuilder(URI.create(app.url("/labs/L0/tasks/L0.hidden-claims")))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
				.build();
		HttpResponse<String> response = learner.send(request);
		assertThat(response.statusCode()).isEqualTo(413);
		assertNoTrace(response);
		assertThat(attempts()).isZero();
	}

	@Test
	void emptyOrOverlongAnswerThenBadRequestNamingTheField() {
		learner.get("/labs/L0");
		HttpResponse<String> empty = learner.post("/labs/L0/tasks/L0.hidden-claims", "answer", "  ");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("&quot;answer&quot; is empty");
		learner.get("/labs/L0");
		HttpResponse<String> overlong = learner.post("/labs/L0/tasks/L0.hidden-claims", "answer", "x".repeat(5000));
		assertThat(overlong.statusCode()).isEqualTo(400);
		assertThat(overlong.body()).contains("at most 4000 characters");
		assertThat(attempts()).isZero();
	}

	@Test
	void labIdWithMarkupThenNotFoundWithTheIdEscaped() {
		HttpResponse<String> response = learner.get("/labs/%3Cb%3Ebold%3C%2Fb%3E");
		assertThat(response.statusCode()).isBetween(400, 404);
		assertThat(response.body()).doesNotContain("<b>bold");
		assertNoTrace(response);
	}

	private static int attempts() {
		return app.bean(LabProgress.class).statuses(1).values().stream()
				.mapToInt(s -> s.attempts())
				.sum();
	}

	private static void assertNoTrace(HttpResponse<String> response) {
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
	}
}
