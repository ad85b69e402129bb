package org.consentlab.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.consentlab.labs.ProgressEvent;
import org.consentlab.support.Classroom;
import org.consentlab.support.Postgres;
import org.consentlab.support.RunningApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The dashboard's Server-Sent Events stream ends when its timeout passes; the browser's
 * EventSource then opens a new one. That end is normal, so it must not be logged as an error.
 * Streams also end when the app stops, or its graceful shutdown would wait for each open dashboard.
 */
@ExtendWith(OutputCaptureExtension.class)
class DashboardStreamTests {

	@Test
	void eventsWhenStreamTimesOutThenEndsQuietlyWithoutAnErrorLogged(CapturedOutput output) {
		try (RunningApp app =
				RunningApp.classroom(Postgres.newDatabase(), "--consentlab.classroom.stream-timeout=300ms")) {
			Classroom classroom = Classroom.create(app, "mr-nakamura");
			HttpResponse<String> events = classroom.instructor.send(
					HttpRequest.newBuilder(URI.create(app.url("/classes/" + classroom.id + "/events")))
							.header("Accept", "text/event-stream")
							.GET()
							.build());

			assertThat(events.statusCode()).isEqualTo(200);
			assertThat(events.headers().firstValue("Content-Type"))
					.hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
			assertThat(output.getOut() + output.getErr())
					.as("the log after a stream timed out")
					.doesNotContain("ERROR")
					.doesNotContain("AsyncRequestTimeoutException");
		}
	}

	@Test
	void streamsWhenAppStopsThenEachIsEnded() throws Exception {
		DashboardStream stream = new DashboardStream(null, Duration.ofMinutes(30));
		SseEmitter first = stream.open(1);
		SseEmitter second = stream.open(2);

		stream.endStreams();

		assertThatThrownBy(() -> first.send("progress")).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> second.send("progress")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void pushWhenClassChangesManyTimesThenEachOpenClassIsToldOnce() {
		DashboardStream stream = new DashboardStream(null, Duration.ofMinutes(30));
		stream.open(1);
		stream.open(2);
		for (int i = 0; i < 100; i++) {
			stream.on(new ProgressEvent.TaskAttempted(i, 1L, "L0", "L0.both-worlds", i % 2 == 0));
		}
		stream.on(new ProgressEvent.HintRevealed(7, 2L, "L1", "L1.enrol", 1));
		stream.on(new ProgressEvent.LabReset(8, 3L, "L1"));
		stream.on(new ProgressEvent.LabReset(9, null, "L1"));

		assertThat(stream.pushChanged()).as("class 3 has no dashboard open").containsExactlyInAnyOrder(1L, 2L);
		assertThat(stream.pushChanged()).as("nothing changed since").isEmpty();

		stream.on(new ProgressEvent.LabReset(10, 2L, "L1"));
		assertThat(stream.pushChanged()).containsExactly(2L);
	}
}
