package org.consentlab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.consentlab.credential.TestClock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The sign-up throttle on a real (H2) database, with a clock the test moves (no sleeping). */
class JoinThrottleTests {

	private static JdbcClient jdbc;

	private final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));

	@BeforeAll
	static void database() {
		DriverManagerDataSource source = new DriverManagerDataSource(
				"jdbc:h2:mem:join-throttle-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
		Flyway.configure().dataSource(source).load().migrate();
		jdbc = JdbcClient.create(source);
	}

	@BeforeEach
	void empty() {
		jdbc.sql("DELETE FROM JOIN_THROTTLE").update();
	}

	private JoinThrottle throttle(int maxKeys) {
		return new JoinThrottle(jdbc, 3, 5, Duration.ofMinutes(10), maxKeys, clock);
	}

	@Test
	void tryJoinWhenAddressUsedItsWindowThenRefusedUntilTheWindowEnds() {
		JoinThrottle throttle = throttle(1000);
		for (int i = 0; i < 3; i++) {
			assertThat(throttle.tryJoin("192.0.2.1", "CODE" + i)).isTrue();
		}
		assertThat(throttle.tryJoin("192.0.2.1", "CODE9")).isFalse();
		assertThat(throttle.tryJoin("192.0.2.2", "CODE9")).isTrue();
		clock.advance(Duration.ofMinutes(10));
		assertThat(throttle.tryJoin("192.0.2.1", "CODE9")).isTrue();
	}

	@Test
	void tryJoinWhenCodeUsedItsWindowThenRefusedFromEveryAddressInAnyCase() {
		JoinThrottle throttle = throttle(1000);
		for (int i = 0; i < 5; i++) {
			assertThat(throttle.tryJoin("192.0.2." + i, "ABCD2345")).isTrue();
		}
		assertThat(throttle.tryJoin("198.51.100.7", " abcd2345 ")).isFalse();
		assertThat(throttle.tryJoin("198.51.100.7", "OTHER234")).isTrue();
	}

	@Test
	void tryJoinWhenAClassOf500JoinsAtOnceThenEveryoneGetsInAndAFloodStillStops() {
		jdbc.sql("DELETE FROM CLASSROOM WHERE JOIN_CODE = 'BIGCLASS'").update();
		jdbc.sql("INSERT INTO CLASSROOM (NAME, JOIN_CODE, JOIN_CODE_EXPIRES_AT, MAX_LEARNERS, CREATED_AT)"
						+ " VALUES ('Big class', 'BIGCLASS', ?, 500, ?)")
				.params(
						java.sql.Timestamp.from(clock.instant().plus(Duration.ofDays(7))),
						java.sql.Timestamp.from(clock.instant()))
				.update();
		JoinThrottle throttle = throttle(100_000);
		for (int i = 0; i < 500; i++) {
			assertThat(throttle.tryJoin("10.1." + (i / 250) + "." + (i % 250), "bigclass"))
					.as("learner %d of a class of 500", i)
					.isTrue();
		}
		// a second try each (a taken name, a typo), then the code is closed for the window
		for (int i = 0; i < 500; i++) {
			assertThat(throttle.tryJoin("10.2." + (i / 250) + "." + (i % 250), "BIGCLASS"))
					.isTrue();
		}
		assertThat(throttle.tryJoin("10.3.0.1", "BIGCLASS")).isFalse();
		// a code of no class keeps the configured limit
		assertThat(throttle.codeLimit("NOCLASS2")).isEqualTo(5);
		clock.advance(Duration.ofMinutes(10));
		assertThat(throttle.tryJoin("10.3.0.1", "BIGCLASS")).isTrue();
	}

	@Test
	void tryJoinWhenAddressIsWaitingThenItsCodesAreNotCounted() {
		JoinThrottle throttle = throttle(1000);
		for (int i = 0; i < 3; i++) {
			throttle.tryJoin("192.0.2.1", "X" + i);
		}
		for (int i = 0; i < 10; i++) {
			assertThat(throttle.tryJoin("192.0.2.1", "ABCD2345")).isFalse();
		}
		assertThat(rows()).as("the address and its first three codes only").isEqualTo(4);
	}

	@Test
	void tryJoinWhenTwentyParallelAttemptsThenExactlyTheLimitPasses() throws Exception {
		JoinThrottle throttle = throttle(1000);
		List<Callable<Boolean>> attempts = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String address = "192.0.2." + i;
			attempts.add(() -> throttle.tryJoin(address, "RACED234"));
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		int passed = 0;
		try {
			for (Future<Boolean> result : pool.invokeAll(attempts)) {
				passed += result.get() ? 1 : 0;
			}
		} finally {
			pool.shutdown();
		}
		assertThat(passed).isEqualTo(5);
	}

	@Test
	void tryJoinWhenStrangersSendManyCodesThenTheTableStaysBounded() {
		JoinThrottle throttle = throttle(50);
		for (int i = 0; i < 400; i++) {
			throttle.tryJoin("2001:db8::" + Integer.toHexString(i), "CODE-" + i + "-".repeat(1000));
		}
		assertThat(rows()).isLessThanOrEqualTo(50);
		assertThat(jdbc.sql("SELECT MAX(LENGTH(THROTTLE_KEY)) FROM JOIN_THROTTLE")
						.query(Integer.class)
						.single())
				.isLessThanOrEqualTo(45);
	}

	@Test
	void tryPasswordCheckWhenTenChecksThenRefusedPerAccount() {
		JoinThrottle throttle = throttle(1000);
		for (int i = 0; i < JoinThrottle.PASSWORD_CHECKS; i++) {
			assertThat(throttle.tryPasswordCheck(7)).isTrue();
		}
		assertThat(throttle.tryPasswordCheck(7)).isFalse();
		assertThat(throttle.tryPasswordCheck(8)).isTrue();
	}

	private static int rows() {
		return jdbc.sql("SELECT COUNT(*) FROM JOIN_THROTTLE")
				.query(Integer.class)
				.single();
	}
}
