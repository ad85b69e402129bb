package org.consentlab.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.consentlab.ConsentLabApplication;
import org.consentlab.classroom.Instructors;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Classroom mode over real HTTP: body limits, no sessions for strangers, HTTPS behind a proxy. */
class TransportTests {

	private static RunningApp app;

	@BeforeAll
	static void start() {
		app = RunningApp.classroom("jdbc:h2:mem:transport-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		app.bean(Instructors.class).add("ms-tls", "correct horse battery");
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void loginWhenChunkedMultipartOverTheLimitThenTooLargeAndNothingSpooledToDisk() throws IOException {
		String boundary = "b0undary";
		// ten fields of 500 KB: each under the container's per-part default, together 5 MB
		StringBuilder parts = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			parts.append("--")
					.append(boundary)
					.append("\r\nContent-Disposition: form-data; name=\"f")
					.append(i)
					.append("\"\r\n\r\n")
					.append("x".repeat(500_000))
					.append("\r\n");
		}
		String part = parts + "--" + boundary + "--\r\n";
		byte[] bytes = part.getBytes(StandardCharsets.US_ASCII);
		StringBuilder chunked = new StringBuilder();
		for (int at = 0; at < bytes.length; at += 8192) {
			int n = Math.min(8192, bytes.length - at);
			chunked.append(Integer.toHexString(n))
					.append("\r\n")
					.append(part, at, at + n)
					.append("\r\n");
		}
		chunked.append("0\r\n\r\n");
		String response = RawHttp.exchange(
				app.port(),
				"POST /login HTTP/1.1\r\nHost: localhost\r\n" + "Content-Type: multipart/form-data; boundary="
						+ boundary + "\r\nTransfer-Encoding: chunked",
				chunked.toString().getBytes(StandardCharsets.US_ASCII));
		assertThat(RawHttp.status(response)).isEqualTo(413);
		Path work = ((java.io.File) app.bean(ServletContext.class).getAttribute(ServletContext.TEMPDIR)).toPath();
		try (Stream<Path> files = Files.walk(work)) {
			assertThat(files.filter(Files::isRegularFile)
							.filter(f -> size(f) > 65_536)
							.toList())
					.isEmpty();
		}
	}

	@Test
	void protocolWhenChunkedJsonUnderTheLimitThenStillRead() {
		String body = "{}";
		String response = RawHttp.exchange(
				app.port(),
				"POST /issuers/pid/token HTTP/1.1\r\nHost: localhost\r\n"
						+ "Content-Type: application/json\r\nTransfer-Encoding: chunked",
				("2\r\n" + body + "\r\n0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		assertThat(RawHttp.status(response)).isBetween(400, 499).isNotEqualTo(413);
	}

	@Test
	void anonymousWhenManyGetsThenNoSessionRowIsStored() {
		JdbcClient jdbc = app.bean(JdbcClient.class);
		int before = sessions(jdbc);
		for (int i = 0; i < 10; i++) {
			WebClient stranger = new WebClient(app);
			assertThat(stranger.get("/login").statusCode()).isEqualTo(200);
			stranger.get("/join");
			stranger.get("/login?demo=on");
			stranger.get("/labs?demo=on");
			stranger.get("/.well-known/jwt-vc-issuer/issuers/pid?demo=on");
		}
		assertThat(sessions(jdbc)).isEqualTo(before);
		WebClient instructor = new WebClient(app);
		assertThat(instructor
						.signIn("ms-tls", "correct horse battery")
						.headers()
						.firstValue("Location")
						.orElse(""))
				.doesNotContain("error");
		assertThat(sessions(jdbc)).as("a signed-in person still gets a session").isEqualTo(before + 1);
	}

	@Test
	void requestWhenProxySaysHttpsThenSecureCookiesAndHsts() throws Exception {
		// no cookie jar: the jar would (rightly) keep Secure cookies off this http:// hop from the proxy
		HttpClient http = HttpClient.newBuilder()
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
		HttpResponse<String> page = http.send(forwarded("/login").GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(csrf.find()).isTrue();
		String csrfCookie = page.headers().allValues("Set-Cookie").stream()
				.filter(c -> c.startsWith("XSRF-TOKEN="))
				.findFirst()
				.orElseThrow();
		assertThat(csrfCookie).contains("Secure").containsIgnoringCase("SameSite=Lax");
		String form = WebClient.encode(
				java.util.Map.of("username", "ms-tls", "password", "correct horse battery", "_csrf", csrf.group(1)));
		HttpResponse<String> signedIn = http.send(
				forwarded("/login")
						.header("Content-Type", "application/x-www-form-urlencoded")
						.header("Cookie", csrfCookie.substring(0, csrfCookie.indexOf(';')))
						.POST(HttpRequest.BodyPublishers.ofString(form))
						.build(),
				HttpResponse.BodyHandlers.ofString());
		List<String> cookies = signedIn.headers().allValues("Set-Cookie");
		assertThat(cookies)
				.anySatisfy(cookie -> assertThat(cookie)
						.startsWith("SESSION=")
						.contains("Secure")
						.containsIgnoringCase("SameSite=Lax")
						.contains("HttpOnly"));
		assertThat(signedIn.headers().firstValue("Location").orElse("")).startsWith("https://");
		HttpResponse<String> plain = http.send(
				HttpRequest.newBuilder(URI.create(app.url("/login"))).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void instructorPageWhenPlainHttpAllowedThenWarns() {
		WebClient instructor = new WebClient(app);
		instructor.signIn("ms-tls", "correct horse battery");
		assertThat(instructor.get("/classes").body())
				.contains("Plain HTTP: passwords and sessions cross the network readable");
		assertThat(new WebClient(app).get("/login").body()).doesNotContain("Plain HTTP:");
	}

	@Test
	void classroomWhenNoHttpsAndNoFlagThenRefusesNamingBothWays() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(ConsentLabApplication.class)
						.run(
								"--server.port=0",
								"--consentlab.mode=classroom",
								"--consentlab.allow-plain-http=false",
								"--logging.level.root=off",
								"--spring.datasource.url=jdbc:h2:mem:plain-" + UUID.randomUUID())
						.close())
				.hasRootCauseInstanceOf(StartupRefusedException.class)
				.rootCause()
				.satisfies(e -> assertThat(((StartupRefusedException) e).action())
						.contains("server.ssl.bundle")
						.contains("consentlab.public-url=https://")
						.contains("consentlab.allow-plain-http=true"));
	}

	private static HttpRequest.Builder forwarded(String path) {
		return HttpRequest.newBuilder(URI.create(app.url(path)))
				.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-For", "192.0.2.44");
	}

	private static int sessions(JdbcClient jdbc) {
		return jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION")
				.query(Integer.class)
				.single();
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		} catch (IOException ex) {
			return 0;
		}
	}
}
