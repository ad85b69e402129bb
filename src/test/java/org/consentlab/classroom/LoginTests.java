package org.consentlab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.http.HttpResponse;
import org.consentlab.account.Accounts;
import org.consentlab.account.Role;
import org.consentlab.support.Classroom;
import org.consentlab.support.Postgres;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Login, joining, throttling and session renewal, over real HTTP on PostgreSQL. */
class LoginTests {

	private static RunningApp app;

	private static Classroom classroom;

	@BeforeAll
	static void start() {
		app = RunningApp.classroom(Postgres.newDatabase());
		classroom = Classroom.create(app, "ms-haddad");
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void signInWhenPasswordWrongFiveTimesThenLockedEvenWithTheRightOne() {
		classroom.join("kofi");
		WebClient guesser = new WebClient(app);
		for (int i = 0; i < 5; i++) {
			assertThat(location(guesser.signIn("kofi", "wrong password " + i))).endsWith("/login?error");
		}
		assertThat(location(guesser.signIn("kofi", Classroom.PASSWORD))).endsWith("/login?error");
		assertThat(location(new WebClient(app).signIn("kofi-unrelated", "whatever it is")))
				.endsWith("/login?error");
	}

	@Test
	void signInWhenSuccessfulThenSessionIdIsRenewed() {
		classroom.join("lin");
		WebClient learner = new WebClient(app);
		String before = sessionCookie(learner.get("/login"));
		HttpResponse<String> signedIn = learner.post("/login", "username", "lin", "password", Classroom.PASSWORD);
		assertThat(location(signedIn)).doesNotContain("error");
		String after = sessionCookie(signedIn);
		assertThat(after).isNotNull().isNotEqualTo(before);
	}

	@Test
	void joinWhenCodeUnknownThenBadRequestWithTheGenericRefusal() {
		WebClient stranger = new WebClient(app);
		stranger.get("/join");
		HttpResponse<String> response =
				stranger.post("/join", "code", "NOSUCHCODE", "username", "zed", "password", Classroom.PASSWORD);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("the code may be wrong or no longer valid, or the username may be taken");
	}

	/** A taken name gets exactly the answer an unknown code gets (L5): no list of usernames for anyone. */
	@Test
	void joinWhenPasswordShortOrNameTakenThenBadRequestAndNoAccount() {
		WebClient stranger = new WebClient(app);
		stranger.get("/join");
		HttpResponse<String> shortPassword =
				stranger.post("/join", "code", classroom.joinCode, "username", "yara", "password", "short");
		assertThat(shortPassword.statusCode()).isEqualTo(400);
		assertThat(shortPassword.body()).contains("&quot;password&quot;");
		assertThat(location(new WebClient(app).signIn("yara", "short"))).endsWith("/login?error");
		classroom.join("omar");
		HttpResponse<String> taken = stranger.post(
				"/join", "code", classroom.joinCode, "username", "omar", "password", "another long password");
		HttpResponse<String> wrongCode =
				stranger.post("/join", "code", "NOSUCHCODE", "username", "omar2", "password", "another long password");
		assertThat(taken.statusCode()).isEqualTo(400).isEqualTo(wrongCode.statusCode());
		assertThat(withoutCsrf(taken.body())).isEqualTo(withoutCsrf(wrongCode.body()));
		assertThat(taken.body()).doesNotContain("already taken");
	}

	@Test
	void joinWhenPasswordIs200CharactersThenJoinsAndSignsIn() {
		String longPassword = "a long passphrase, ".repeat(10) + "🔐".repeat(5);
		WebClient stranger = new WebClient(app);
		stranger.get("/join");
		HttpResponse<String> joined =
				stranger.post("/join", "code", classroom.joinCode, "username", "long-pass", "password", longPassword);
		assertThat(joined.statusCode()).isEqualTo(302);
		assertThat(location(new WebClient(app).signIn("long-pass", longPassword)))
				.doesNotContain("error");
		assertThat(app.bean(Accounts.class).passwordHash("long-pass").orElseThrow())
				.startsWith("{argon2}");
	}

	@Test
	void joinWhenPasswordOverTheLimitThenBadRequestSayingTheLimit() {
		WebClient stranger = new WebClient(app);
		stranger.get("/join");
		HttpResponse<String> response = stranger.post(
				"/join", "code", classroom.joinCode, "username", "too-long", "password", "x".repeat(1025));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("must be 12 to 1024 characters long");
		assertThat(app.bean(Accounts.class).exists("too-long")).isFalse();
	}

	@Test
	void signInWhenStoredHashIsBcryptThenSignsInAndTheHashBecomesArgon2() {
		String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode(Classroom.PASSWORD);
		Accounts accounts = app.bean(Accounts.class);
		accounts.create("old-hash", bcrypt, Role.INSTRUCTOR, null);
		assertThat(location(new WebClient(app).signIn("old-hash", "not the password")))
				.endsWith("/login?error");
		assertThat(accounts.passwordHash("old-hash")).contains(bcrypt);
		assertThat(location(new WebClient(app).signIn("old-hash", Classroom.PASSWORD)))
				.doesNotContain("error");
		String upgraded = accounts.passwordHash("old-hash").orElseThrow();
		assertThat(upgraded).startsWith("{argon2}$argon2id$");
		assertThat(location(new WebClient(app).signIn("old-hash", Classroom.PASSWORD)))
				.doesNotContain("error");
		assertThat(location(new WebClient(app).signIn("old-hash", "x".repeat(200))))
				.endsWith("/login?error");
	}

	private static String withoutCsrf(String page) {
		return page.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	private static String sessionCookie(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie").stream()
				.flatMap(c -> HttpCookie.parse(c).stream())
				.filter(c -> c.getName().equals("SESSION"))
				.map(HttpCookie::getValue)
				.findFirst()
				.orElse(null);
	}
}
