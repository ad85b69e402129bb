package org.consentlab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.account.Accounts;
import org.consentlab.support.Classroom;
import org.consentlab.support.Postgres;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Join codes expire, rotate and close; classes have seats; sign-ups are throttled per address and per
 * code; usernames are one name in any case (security review L5). Real HTTP on PostgreSQL. Each
 * sign-up comes from its own address (X-Forwarded-For from the loopback proxy, which classroom mode
 * trusts), so that only the tests about the per-address limit meet it.
 */
class JoinCodeTests {

	private static final int PER_CODE = 8;

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private static final Pattern CODE = Pattern.compile("id=\"join-code\">([A-Z0-9]+)<");

	private static RunningApp app;

	@BeforeAll
	static void start() {
		app = RunningApp.classroom(
				Postgres.newDatabase(),
				"--consentlab.classroom.joins-per-address=3",
				"--consentlab.classroom.joins-per-code=" + PER_CODE);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void joinWhenCodeRotatedThenOldCodeRefusedAtOnceAndNewCodeWorks() {
		Classroom classroom = Classroom.create(app, "rotator");
		assertThat(join(classroom.joinCode, "before-rotation").statusCode()).isEqualTo(302);
		HttpResponse<String> rotated =
				classroom.instructor.post("/classes/" + classroom.id + "/code/rotate", "days", "3");
		assertThat(rotated.statusCode()).isEqualTo(302);
		String newCode = code(classroom);
		assertThat(newCode).isNotEqualTo(classroom.joinCode);
		HttpResponse<String> old = join(classroom.joinCode, "with-old-code");
		assertThat(old.statusCode()).isEqualTo(400);
		assertThat(old.body()).contains("no longer valid");
		assertThat(join(newCode, "with-new-code").statusCode()).isEqualTo(302);
		assertThat(app.bean(Accounts.class).exists("with-old-code")).isFalse();
	}

	@Test
	void joinWhenCodeExpiredByInstructorOrByTimeThenRefused() {
		Classroom closed = Classroom.create(app, "closer");
		assertThat(closed.instructor
						.post("/classes/" + closed.id + "/code/expire")
						.statusCode())
				.isEqualTo(302);
		assertThat(closed.instructor.get("/classes/" + closed.id).body()).contains("expired: nobody can join");
		assertThat(join(closed.joinCode, "too-late").statusCode()).isEqualTo(400);

		Classroom old = Classroom.create(app, "old-code");
		assertThat(old.instructor.get("/classes/" + old.id).body()).contains("works until");
		app.bean(JdbcClient.class)
				.sql("UPDATE CLASSROOM SET JOIN_CODE_EXPIRES_AT = CURRENT_TIMESTAMP - INTERVAL '1' MINUTE WHERE ID = ?")
				.param(old.id)
				.update();
		assertThat(join(old.joinCode, "after-a-week").statusCode()).isEqualTo(400);
		assertThat(app.bean(Accounts.class).exists("too-late")).isFalse();
		assertThat(app.bean(Accounts.class).exists("after-a-week")).isFalse();
	}

	@Test
	void rotateWhenDaysOutOfRangeOrAnotherInstructorsClassThenRefused() {
		Classroom classroom = Classroom.create(app, "ranger");
		assertThat(classroom
						.instructor
						.post("/classes/" + classroom.id + "/code/rotate", "days", "0")
						.statusCode())
				.isEqualTo(400);
		assertThat(classroom
						.instructor
						.post("/classes/" + classroom.id + "/code/rotate", "days", "91")
						.statusCode())
				.isEqualTo(400);
		Classroom other = Classroom.create(app, "stranger");
		assertThat(other.instructor
						.post("/classes/" + classroom.id + "/code/rotate", "days", "3")
						.statusCode())
				.isEqualTo(404);
		assertThat(other.instructor
						.post("/classes/" + classroom.id + "/code/expire")
						.statusCode())
				.isEqualTo(404);
		assertThat(code(classroom)).isEqualTo(classroom.joinCode);
	}

	@Test
	void joinWhenClassFullThenRefusedEvenInParallel() throws Exception {
		Classroom classroom = Classroom.create(app, "capper");
		assertThat(classroom
						.instructor
						.post("/classes/" + classroom.id + "/seats", "seats", "2")
						.statusCode())
				.isEqualTo(302);
		assertThat(join(classroom.joinCode, "seat-one").statusCode()).isEqualTo(302);
		List<Callable<Integer>> racers = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String name = "racer-" + i;
			racers.add(() -> join(classroom.joinCode, name).statusCode());
		}
		ExecutorService pool = Executors.newFixedThreadPool(5);
		List<Integer> statuses = new ArrayList<>();
		try {
			for (Future<Integer> status : pool.invokeAll(racers)) {
				statuses.add(status.get());
			}
		} finally {
			pool.shutdown();
		}
		assertThat(statuses).containsOnlyOnce(302);
		assertThat(app.bean(Accounts.class).countInClassroom(classroom.id)).isEqualTo(2);
		HttpResponse<String> full = join(classroom.joinCode, "no-seat");
		assertThat(full.statusCode()).isEqualTo(400);
		assertThat(full.body()).contains("no free seats");
		assertThat(classroom.instructor.get("/classes/" + classroom.id).body()).contains("2 of 2 seats taken");
	}

	@Test
	void joinWhenOneAddressTriesTooOftenThen429WithoutLookingAtTheCode() {
		Classroom classroom = Classroom.create(app, "flooded");
		String address = "198.51.100." + ADDRESSES.incrementAndGet();
		assertThat(joinFrom(address, "WRONGCODE", "probe-a").statusCode()).isEqualTo(400);
		assertThat(joinFrom(address, "WRONGCODE", "probe-b").statusCode()).isEqualTo(400);
		assertThat(joinFrom(address, "WRONGCODE", "probe-c").statusCode()).isEqualTo(400);
		HttpResponse<String> throttled = joinFrom(address, classroom.joinCode, "probe-d");
		assertThat(throttled.statusCode()).isEqualTo(429);
		assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
		assertThat(throttled.body()).contains("Too many sign-up attempts");
		assertThat(app.bean(Accounts.class).exists("probe-d")).isFalse();
		assertThat(join(classroom.joinCode, "from-elsewhere").statusCode()).isEqualTo(302);
	}

	@Test
	void joinWhenOneCodeIsTriedTooOftenThen429FromAnyAddress() {
		Classroom classroom = Classroom.create(app, "leaked");
		// a class's code takes two attempts per seat, never fewer than joins-per-code: with this few
		// seats the configured limit is the one that counts, and refused attempts count too
		int seats = PER_CODE / 2;
		assertThat(classroom
						.instructor
						.post("/classes/" + classroom.id + "/seats", "seats", String.valueOf(seats))
						.statusCode())
				.isEqualTo(302);
		for (int i = 0; i < PER_CODE; i++) {
			assertThat(join(classroom.joinCode, "sybil-" + i).statusCode())
					.as("attempt %d", i)
					.isEqualTo(i < seats ? 302 : 400);
		}
		assertThat(join(classroom.joinCode, "sybil-next").statusCode()).isEqualTo(429);
		assertThat(app.bean(Accounts.class).exists("sybil-next")).isFalse();
	}

	@Test
	void joinWhenNameDiffersOnlyInCaseThenRefusedAndSignInAcceptsAnyCase() {
		Classroom classroom = Classroom.create(app, "caser");
		assertThat(join(classroom.joinCode, "Ada").statusCode()).isEqualTo(302);
		assertThat(join(classroom.joinCode, "ada").statusCode()).isEqualTo(400);
		assertThat(join(classroom.joinCode, "ADA").statusCode()).isEqualTo(400);
		assertThat(app.bean(Accounts.class).countInClassroom(classroom.id)).isEqualTo(1);
		for (String typed : List.of("Ada", "ada", "ADA")) {
			HttpResponse<String> signedIn = new WebClient(app).signIn(typed, Classroom.PASSWORD);
			assertThat(signedIn.headers().firstValue("Location").orElse(""))
					.as(typed)
					.doesNotContain("error");
		}
		assertThat(app.bean(Accounts.class).byUsername("aDA").orElseThrow().username())
				.isEqualTo("Ada");
	}

	private static HttpResponse<String> join(String code, String username) {
		return joinFrom("203.0.113." + (ADDRESSES.incrementAndGet() % 250), code, username);
	}

	/** A sign-up from the given client address, as the trusted loopback proxy reports it. */
	private static HttpResponse<String> joinFrom(String address, String code, String username) {
		WebClient client = new WebClient(app);
		client.get("/join");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("code", code);
		form.put("username", username);
		form.put("password", Classroom.PASSWORD);
		form.put("_csrf", client.csrf());
		return client.send(HttpRequest.newBuilder(URI.create(app.url("/join")))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-Forwarded-For", address)
				.POST(HttpRequest.BodyPublishers.ofString(WebClient.encode(form)))
				.build());
	}

	private static String code(Classroom classroom) {
		Matcher code = CODE.matcher(
				classroom.instructor.get("/classes/" + classroom.id).body());
		assertThat(code.find()).isTrue();
		return code.group(1);
	}
}
