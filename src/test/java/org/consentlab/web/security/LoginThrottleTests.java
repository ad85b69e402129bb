package org.consentlab.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.consentlab.credential.TestClock;
import org.consentlab.support.Postgres;
import org.consentlab.support.RunningApp;
import org.consentlab.web.WebProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The sign-in throttle on a real database, with a clock the test moves (no sleeping). */
class LoginThrottleTests {

	private static final LoginThrottle.Rule ACCOUNT =
			new LoginThrottle.Rule(5, Duration.ofSeconds(15), Duration.ofMinutes(1));

	private static final LoginThrottle.Rule ADDRESS =
			new LoginThrottle.Rule(50, Duration.ofSeconds(15), Duration.ofMinutes(15));

	private static RunningApp app;

	private static JdbcClient jdbc;

	private final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));

	@BeforeAll
	static void start() {
		app = RunningApp.solo();
		jdbc = app.bean(JdbcClient.class);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@BeforeEach
	void empty() {
		jdbc.sql("DELETE FROM LOGIN_THROTTLE").update();
	}

	private LoginThrottle throttle(int maxKeys) {
		return throttle(app, maxKeys, clock);
	}

	private static LoginThrottle throttle(RunningApp on, int maxKeys, Clock time) {
		return new LoginThrottle(
				on.bean(JdbcClient.class),
				on.bean(TransactionTemplate.class),
				ACCOUNT,
				ADDRESS,
				Duration.ofMinutes(15),
				maxKeys,
				time);
	}

	@Test
	void reserveWhenParallelThenEachAttemptCountedExactlyOnce() throws Exception {
		try (RunningApp shared = RunningApp.classroom(Postgres.newDatabase())) {
			JdbcClient db = shared.bean(JdbcClient.class);
			LoginThrottle throttle = throttle(shared, 100_000, clock);

			// twenty parallel guesses at one account: exactly its five free attempts are evaluated
			int guessed = parallel(20, i -> throttle.reserve("ms-haddad", "192.0.2.7"));
			assertThat(guessed).isEqualTo(5);
			assertThat(attempts(db, LoginThrottle.usernameKey("ms-haddad"))).isEqualTo(5);

			// a class behind one router signs in together, on the real clock: all of the address's fifty
			// free attempts are evaluated, none told to wait for a moment a later attempt wrote
			LoginThrottle realTime = throttle(shared, 100_000, Clock.systemUTC());
			int signedIn = parallel(200, i -> realTime.reserve("learner-" + i, "198.51.100.20"));
			assertThat(signedIn).isEqualTo(50);
			assertThat(attempts(db, LoginThrottle.addressKey("198.51.100.20"))).isEqualTo(50);
		}
	}

	/**
	 * A class of 200 behind one school router, all signing in at once: with the default, the
	 * address has fifty attempts under way and the rest wait; raised above the class's size
	 * ({@code consentlab.login-attempts-per-address}), every one is checked.
	 */
	@Test
	void reserveWhenAClassSignsInFromOneAddressThenTheAddressLimitIsTheSetting() throws Exception {
		TransactionTemplate transactions = app.bean(TransactionTemplate.class);
		LoginThrottle byDefault = new LoginThrottle(jdbc, transactions, new WebProperties(65_536, 5, 15, 50));
		assertThat(parallel(200, i -> byDefault.reserve("learner-" + i, "203.0.113.1")))
				.isEqualTo(50);
		LoginThrottle raised = new LoginThrottle(jdbc, transactions, new WebProperties(65_536, 5, 15, 250));
		assertThat(parallel(200, i -> raised.reserve("pupil-" + i, "203.0.113.2")))
				.isEqualTo(200);
	}

	/** PostgreSQL over a socket: statements take long enough for parallel attempts to overlap. */
	private static int parallel(int attempts, IntFunction<Optional<Duration>> reserve) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(attempts);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Boolean>> results = new ArrayList<>();
		for (int i = 0; i < attempts; i++) {
			int n = i;
			results.add(pool.submit(() -> {
				go.await();
				return reserve.apply(n).isEmpty();
			}));
		}
		go.countDown();
		int evaluated = 0;
		for (Future<Boolean> result : results) {
			evaluated += result.get() ? 1 : 0;
		}
		pool.shutdown();
		return evaluated;
	}

	private static int attempts(JdbcClient db, String key) {
		return db.sql("SELECT ATTEMPTS FROM LOGIN_THROTTLE WHERE THROTTLE_KEY = ?")
				.param(key)
				.query(Integer.class)
				.single();
	}

	@Test
	void reserveWhenFreeAttemptsUsedThenBackOffDoublesAndTheRightPasswordWorksAfterIt() {
		LoginThrottle throttle = throttle(100_000);
		for (int i = 0; i < 5; i++) {
			assertThat(throttle.reserve("okafor", "192.0.2.8")).isEmpty();
		}
		assertThat(throttle.reserve("OKAFOR ", "192.0.2.9")).contains(Duration.ofSeconds(15));
		clock.advance(Duration.ofSeconds(15));
		assertThat(throttle.reserve("okafor", "192.0.2.8")).isEmpty();
		assertThat(throttle.reserve("okafor", "192.0.2.8")).contains(Duration.ofSeconds(30));
		clock.advance(Duration.ofSeconds(30));
		assertThat(throttle.reserve("okafor", "192.0.2.8"))
				.as("the right password, after the wait")
				.isEmpty();
		throttle.succeeded("okafor", "192.0.2.8");
		assertThat(throttle.reserve("okafor", "192.0.2.8")).isEmpty();
	}

	@Test
	void reserveWhenAccountGuessedForHoursThenItsOwnerNeverWaitsMoreThanAMinute() {
		LoginThrottle throttle = throttle(100_000);
		Duration longest = Duration.ZERO;
		for (int i = 0; i < 500; i++) {
			Optional<Duration> wait = throttle.reserve("okafor", "198.51.100." + (i % 200));
			if (wait.isPresent()) {
				longest = wait.get().compareTo(longest) > 0 ? wait.get() : longest;
				clock.advance(wait.get());
			}
		}
		assertThat(longest).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void reserveWhenOneAddressGuessesManyNamesThenItWaitsAndStoresNothingMore() {
		LoginThrottle throttle = throttle(100_000);
		int allowed = 0;
		for (int i = 0; i < 200; i++) {
			allowed += throttle.reserve("learner-" + i, "203.0.113.5").isEmpty() ? 1 : 0;
		}
		assertThat(allowed).isEqualTo(50);
		assertThat(rows()).isEqualTo(51);
	}

	@Test
	void reserveWhenTenTimesTheCapInDistinctUsernamesThenStoredKeysStayUnderTheCap() {
		LoginThrottle throttle = throttle(200);
		String huge = "x".repeat(60_000);
		for (int i = 0; i < 2_000; i++) {
			throttle.reserve(i + huge, "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
		}
		assertThat(rows()).isLessThanOrEqualTo(200);
		assertThat(jdbc.sql("SELECT MAX(LENGTH(THROTTLE_KEY)) FROM LOGIN_THROTTLE")
						.query(Integer.class)
						.single())
				.isLessThanOrEqualTo(45);
	}

	private static int rows() {
		return jdbc.sql("SELECT COUNT(*) FROM LOGIN_THROTTLE")
				.query(Integer.class)
				.single();
	}
}
