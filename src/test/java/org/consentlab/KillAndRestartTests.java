package org.consentlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing acknowledged is lost when the server dies: the app runs in its own JVM, on the database it
 * uses by default (solo mode: an H2 file under {@code ./data/}, in a fresh working directory); a
 * learner's answer is acknowledged (302), the JVM is killed at once without any shutdown (as
 * {@code kill -9} or a power cut of the process would), and a new JVM on the same files still shows
 * the answer.
 */
class KillAndRestartTests {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	@TempDir
	Path workingDirectory;

	@Test
	void answerWhenServerKilledRightAfterItsAcknowledgementThenStillThereAfterRestart() throws Exception {
		int port = freePort();
		HttpClient http = HttpClient.newBuilder()
				.cookieHandler(new java.net.CookieManager())
				.build();
		Process first = start(port);
		try {
			awaitReady(first, port, http);
			get(http, port, "/registry");
			get(http, port, "/wallet");
			String csrf = csrf(get(http, port, "/labs/L0").body());
			HttpResponse<String> answer = http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/labs/L0/tasks/L0.both-worlds"))
							.header("Content-Type", "application/x-www-form-urlencoded")
							.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf))
							.build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as("the answer is acknowledged").isEqualTo(302);
		} finally {
			first.destroyForcibly();
			assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}

		Process second = start(port);
		try {
			HttpClient fresh = HttpClient.newBuilder()
					.cookieHandler(new java.net.CookieManager())
					.build();
			awaitReady(second, port, fresh);
			String lab = get(fresh, port, "/labs/L0").body();
			assertThat(lab).as("the acknowledged answer after the restart").contains("class=\"task passed\"");
		} finally {
			second.destroyForcibly();
			second.waitFor(30, TimeUnit.SECONDS);
		}
	}

	/** The app in a JVM of its own, with the class path of this test run, in the working directory. */
	private Process start(int port) throws IOException {
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		return new ProcessBuilder(List.of(
						java.toString(),
						"-Xmx512m",
						// as the test JVMs (see the pom's argLine): a short-lived app on a busy machine
						"-XX:TieredStopAtLevel=1",
						"-XX:+UseSerialGC",
						"-cp",
						classPath,
						ConsentLabApplication.class.getName(),
						"--server.port=" + port,
						"--logging.level.root=warn"))
				.directory(workingDirectory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(workingDirectory.resolve("app.log").toFile())
				.start();
	}

	private void awaitReady(Process app, int port, HttpClient http) throws Exception {
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (true) {
			assertThat(app.isAlive()).as("the app stopped at start: %s", log()).isTrue();
			try {
				if (get(http, port, "/actuator/health/readiness").statusCode() == 200) {
					return;
				}
			} catch (IOException notListeningYet) {
				// the port opens once the context has started
			}
			assertThat(Instant.now()).as("the app is ready in time: %s", log()).isBefore(deadline);
			LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
		}
	}

	private String log() throws IOException {
		Path log = workingDirectory.resolve("app.log");
		return Files.exists(log) ? Files.readString(log) : "(no log)";
	}

	private static HttpResponse<String> get(HttpClient http, int port, String path) throws Exception {
		return http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
						.timeout(Duration.ofSeconds(30))
						.build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String page) {
		var m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
				.matcher(page);
		assertThat(m.find()).as("a CSRF token on the lab page").isTrue();
		return m.group(1);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
