package org.consentlab.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.consentlab.account.Accounts;
import org.consentlab.support.Classroom;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.consentlab.web.ServiceBusyException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2 runs at most a bounded number of times at once and answers 503 when no slot frees in time;
 * an unknown username costs one Argon2 verification like a known one, so neither the answer nor its
 * timing tells who has an account.
 */
class PasswordHashingTests {

	private static RunningApp app;

	@BeforeAll
	static void start() {
		app = RunningApp.classroom(
				"jdbc:h2:mem:hashing-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"--consentlab.password-hashing.max-concurrent=2",
				"--consentlab.password-hashing.max-wait=200ms",
				// The other tests hash at 1 MiB (config/application.properties); this one keeps the
				// production cost, which the test below checks is what gets stored.
				"--consentlab.password-hashing.argon2-memory-kib=16384");
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void encoderWhenEightParallelHashesThenNeverMoreThanTheBoundAtOnce() throws Exception {
		CountingEncoder inner = new CountingEncoder(PasswordHashing.encoder());
		BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(inner, 2, Duration.ofMinutes(2));
		String hash = PasswordHashing.encoder().encode("a password long enough");
		List<Callable<Boolean>> logins = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			logins.add(() -> bounded.matches("a password long enough", hash));
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			for (Future<Boolean> login : pool.invokeAll(logins)) {
				assertThat(login.get()).isTrue();
			}
		} finally {
			pool.shutdown();
		}
		assertThat(inner.calls.get()).isEqualTo(8);
		assertThat(inner.mostAtOnce.get()).isBetween(1, 2);
	}

	@Test
	void encoderWhenEveryslotHeldThenBusyAfterTheWaitAndFreeAgainAfter() throws Exception {
		CountDownLatch inside = new CountDownLatch(2);
		CountDownLatch release = new CountDownLatch(1);
		PasswordEncoder blocking = new CountingEncoder(PasswordHashing.encoder()) {
			@Override
			public boolean matches(CharSequence raw, String encoded) {
				inside.countDown();
				try {
					release.await(1, TimeUnit.MINUTES);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				return false;
			}
		};
		BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(blocking, 2, Duration.ofMillis(100));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			pool.submit(() -> bounded.matches("x", "{noop}x"));
			pool.submit(() -> bounded.matches("x", "{noop}x"));
			assertThat(inside.await(1, TimeUnit.MINUTES)).isTrue();
			assertThatThrownBy(() -> bounded.matches("x", "{noop}x")).isInstanceOf(ServiceBusyException.class);
			release.countDown();
		} finally {
			pool.shutdown();
			assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
		}
		assertThat(bounded.slots().availablePermits()).isEqualTo(2);
	}

	@Test
	void encoderWhenAClassJoinsAtOnceThenEveryHashQueuesInsteadOfBeingRefused() throws Exception {
		PasswordEncoder slow = new CountingEncoder(PasswordHashing.encoder()) {
			@Override
			public String encode(CharSequence raw) {
				// the cost of a hash, without the memory of a real one
				long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(5);
				while (System.nanoTime() < until) {
					Thread.onSpinWait();
				}
				return "{noop}" + raw;
			}
		};
		PasswordHashingProperties defaults = new PasswordHashingProperties(0, Duration.ofSeconds(30), 16384);
		BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(slow, 2, defaults.maxWait());
		List<Callable<String>> joins = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			joins.add(() -> bounded.encode("a password long enough"));
		}
		ExecutorService pool = Executors.newFixedThreadPool(200);
		try {
			for (Future<String> join : pool.invokeAll(joins)) {
				assertThat(join.get()).isEqualTo("{noop}a password long enough");
			}
		} finally {
			pool.shutdown();
		}
		assertThat(bounded.slots().availablePermits()).isEqualTo(2);
	}

	@Test
	void encoderWhenTheQueueWouldOutlastTheWaitThenRefusedAtOnce() throws Exception {
		BoundedPasswordEncoder bounded =
				new BoundedPasswordEncoder(PasswordHashing.encoder(), 2, Duration.ofMinutes(10));
		bounded.assumeRecentHashesTook(Duration.ofMinutes(11));
		assertThat(bounded.expectedWait()).isEqualTo(Duration.ZERO);
		bounded.slots().acquire(2);
		try {
			// were it to wait for a slot, this would take ten minutes
			assertTimeoutPreemptively(
					Duration.ofMinutes(1),
					() -> assertThatThrownBy(() -> bounded.matches("x", "{noop}x"))
							.isInstanceOf(ServiceBusyException.class));
			bounded.assumeRecentHashesTook(Duration.ofMillis(1));
			assertThat(bounded.expectedWait()).isLessThan(Duration.ofMinutes(10));
		} finally {
			bounded.slots().release(2);
		}
		assertThat(bounded.matches("a password long enough", bounded.encode("a password long enough")))
				.isTrue();
	}

	@Test
	void signInAndJoinWhenNoHashingSlotFreesThen503AndRetryAfter() throws Exception {
		Classroom classroom = Classroom.create(app, "ms-busy");
		BoundedPasswordEncoder encoder = (BoundedPasswordEncoder) app.bean(PasswordEncoder.class);
		WebClient person = new WebClient(app);
		person.get("/login");
		encoder.slots().acquire(2);
		HttpResponse<String> login;
		HttpResponse<String> join;
		try {
			login = person.post("/login", "username", "ms-busy", "password", Classroom.PASSWORD);
			person.get("/join");
			join = person.post(
					"/join", "code", classroom.joinCode, "username", "busy-learner", "password", Classroom.PASSWORD);
		} finally {
			encoder.slots().release(2);
		}
		assertThat(login.statusCode()).isEqualTo(503);
		assertThat(login.headers().firstValue("Retry-After")).isPresent();
		assertThat(login.body()).contains("The server is busy right now");
		assertThat(join.statusCode()).isEqualTo(503);
		assertThat(join.body()).contains("The server is busy right now");
		assertThat(app.bean(Accounts.class).exists("busy-learner")).isFalse();
		assertThat(new WebClient(app)
						.signIn("ms-busy", Classroom.PASSWORD)
						.headers()
						.firstValue("Location"))
				.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
	}

	@Test
	void encoderWhenProductionSettingsThenArgon2idAtSixteenMebibytesAndTwoIterations() {
		String production = "$argon2id$v=19$m=16384,t=2,p=1$";
		PasswordHashingProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
				.bindOrCreate("consentlab.password-hashing", PasswordHashingProperties.class);
		assertThat(defaults.argon2MemoryKib()).isEqualTo(16384);
		assertThat(PasswordHashing.encoder().encode("a password long enough")).contains(production);
		assertThat(app.bean(PasswordEncoder.class).encode("a password long enough"))
				.startsWith("{argon2}")
				.contains(production);
		assertThat(PasswordHashing.encoder(1024).encode("a password long enough"))
				.contains("$m=1024,t=2,p=1$");
		assertThatThrownBy(() -> new PasswordHashingProperties(0, Duration.ofSeconds(1), 1023))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("argon2-memory-kib");
	}

	@Test
	void authenticateWhenUserUnknownThenOneArgon2VerificationAndTheSameError() {
		app.bean(org.consentlab.classroom.Instructors.class).add("ms-known", Classroom.PASSWORD);
		CountingEncoder counting = new CountingEncoder(PasswordHashing.encoder());
		ThrottledAuthenticationProvider provider =
				new ThrottledAuthenticationProvider(app.bean(Accounts.class), counting, app.bean(LoginThrottle.class));
		counting.calls.set(0);

		Exception unknown = failure(provider, "ms-nobody", "a wrong password");
		int unknownCalls = counting.calls.getAndSet(0);
		Exception wrong = failure(provider, "ms-known", "a wrong password");
		int wrongCalls = counting.calls.getAndSet(0);

		assertThat(unknownCalls).isEqualTo(1).isEqualTo(wrongCalls);
		assertThat(counting.lastHash).as("the dummy is a real Argon2id hash").startsWith("{argon2}$argon2id$");
		assertThat(unknown).isInstanceOf(BadCredentialsException.class);
		assertThat(wrong).isInstanceOf(BadCredentialsException.class);
		assertThat(unknown.getMessage()).isEqualTo(wrong.getMessage());
		assertThat(provider.authenticate(token("MS-KNOWN", Classroom.PASSWORD)).getName())
				.isEqualTo("ms-known");
	}

	private static Exception failure(ThrottledAuthenticationProvider provider, String name, String password) {
		try {
			provider.authenticate(token(name, password));
		} catch (Exception e) {
			return e;
		}
		throw new AssertionError("signed in as " + name);
	}

	private static UsernamePasswordAuthenticationToken token(String name, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
	}

	/** Counts calls and the most that ran at the same moment. */
	private static class CountingEncoder implements PasswordEncoder {

		final AtomicInteger calls = new AtomicInteger();

		final AtomicInteger running = new AtomicInteger();

		final AtomicInteger mostAtOnce = new AtomicInteger();

		volatile String lastHash;

		private final PasswordEncoder delegate;

		CountingEncoder(PasswordEncoder delegate) {
			this.delegate = delegate;
		}

		@Override
		public String encode(CharSequence raw) {
			return delegate.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			calls.incrementAndGet();
			lastHash = encoded;
			mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
			try {
				return delegate.matches(raw, encoded);
			} finally {
				running.decrementAndGet();
			}
		}

		@Override
		public boolean upgradeEncoding(String encoded) {
			return delegate.upgradeEncoding(encoded);
		}
	}
}
