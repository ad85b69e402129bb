package org.consentlab.verifier.bench;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.sdjwt.ParseLimits;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.consentlab.credential.status.CachingStatusListFetcher;
import org.consentlab.credential.status.StatusListToken;
import org.consentlab.credential.verify.SdJwtVerifier;
import org.consentlab.credential.verify.VerificationPolicy;
import org.consentlab.credential.verify.VerificationResult;
import org.consentlab.support.BarAnswer;
import org.consentlab.support.Classroom;
import org.consentlab.support.PreAuthorizedIssuance;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;

/**
 * Full issue → present → verify round trips through the HTTP endpoints, with many simulated
 * learners at once (classroom mode: each simulated learner joins one class and has an account, a
 * wallet, a holder key, a credential and a session of their own). Reports the latency of the verifier's response endpoint
 * (the {@code direct_post}) and its throughput, beside the credential core's in-process verify of
 * the same presentations, measured in the same run. Run by {@code bench/roundtrip.sh}.
 */
public final class RoundTripBench {

	/** How many times a simulated learner's setup (receiving its credential) had to be retried. */
	private static final AtomicInteger RETRIES = new AtomicInteger();

	/** Simulated learners that could not receive a credential even after retries, and so took no part. */
	private static final AtomicInteger LOST = new AtomicInteger();

	/** Why the first simulated learner was lost, to print when a whole phase is. */
	private static final AtomicReference<Throwable> FIRST_LOSS = new AtomicReference<>();

	private RoundTripBench() {}

	/** The class every simulated learner joins: each is an account of their own, as in a lesson. */
	private static Classroom classroom;

	private static final AtomicInteger NAMES = new AtomicInteger();

	/** One simulated learner: an account, a session, a holder key and a credential received over OpenID4VCI. */
	private static final class Learner {

		final WebClient web;

		final ECKey key;

		final SdJwt credential;

		Learner(RunningApp app) throws Exception {
			// one account each: a learner holds at most 20 live offers of an issuer, so learners
			// sharing the solo account took each other's offers and most were lost under load
			this.web = classroom.join("bench-" + NAMES.incrementAndGet());
			// a small page first, so the session exists before the issuer's larger page is rendered
			this.web.get("/verifiers/bar");
			this.key = new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
			this.credential = PreAuthorizedIssuance.personalId(app, web, key);
		}

		/**
		 * A new learner; under load an issuer page can fail to render for a brand-new session (see the
		 * report printed at the end), so a learner tries again, up to three times.
		 */
		static Learner withRetries(RunningApp app) throws Exception {
			for (int attempt = 1; ; attempt++) {
				try {
					return new Learner(app);
				} catch (Exception | AssertionError ex) {
					RETRIES.incrementAndGet();
					if (attempt == 3) {
						throw ex;
					}
				}
			}
		}

		/**
		 * Starts a request at the bar and builds the answer to it. The request is the unsigned kind,
		 * answered with a plain {@code direct_post} (OpenID4VP 1.0 §8.2): the signed kind's encrypted
		 * answer is another measurement.
		 */
		BarAnswer prepare() {
			web.get("/verifiers/bar");
			return BarAnswer.forNewRequest(web, credential, key);
		}
	}

	public static void main(String[] args) throws Exception {
		int learners = args.length > 0 ? Integer.parseInt(args[0]) : 200;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		int sequential = args.length > 2 ? Integer.parseInt(args[2]) : 300;
		if (learners < 0 || rounds < 1 || sequential < 1) {
			System.err.println("roundtrip: learners must be 0 or more, and presentations per learner and sequential"
					+ " presentations at least 1 (the sequential ones are the baseline every figure is compared with)");
			System.exit(2);
		}
		try (RunningApp app = RunningApp.classroom(
				"jdbc:h2:mem:roundtrip-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				// every simulated learner joins and signs in from this one address, all at once: the
				// join and sign-in throttles would take them for a flood (the class load test gives
				// each learner an address of its own instead)
				"--consentlab.classroom.joins-per-address=100000",
				"--consentlab.login-attempts-per-address=1000")) {
			classroom = Classroom.create(app, "bench-instructor");
			classroom.instructor.post("/classes/" + classroom.id + "/seats", "seats", "1000");
			// HTTP/1.1 with keep-alive, as a wallet's client talks to a verifier: the default (HTTP/2
			// preferred) would offer every new plain-text connection an h2c upgrade the server declines
			HttpClient http =
					HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			Learner one = new Learner(app);
			JWK issuerKey = issuerKey(app, http, one.credential);
			StatusListToken statusList = statusList(app, http, one.credential);
			// the verifiers' own cache (StatusListClient): the list's signature is checked once per ttl here too
			VerificationPolicy.Builder policy = VerificationPolicy.builder(issuerKey)
					.requireKeyBinding(true)
					.statusListFetcher(
							new CachingStatusListFetcher(uri -> statusList, Clock.systemUTC(), Duration.ofSeconds(30)));

			// Warm-up: both paths, so the JIT has compiled them before anything is measured.
			for (int i = 0; i < 200; i++) {
				BarAnswer p = one.prepare();
				respond(app, http, p);
				verify(policy, p);
			}

			// 1. One at a time: the direct_post against the in-process verify of the same presentations.
			// Besides the wall time, the CPU time of the server's request threads, which a machine
			// shared with other work does not inflate.
			// Each presentation's twin goes over a plain blocking socket (SocketClient), in turn with it:
			// the difference between the two medians is the JDK client's own share of the round trip.
			List<Double> httpMs = new ArrayList<>();
			List<Double> socketMs = new ArrayList<>();
			List<BarAnswer> prepared = new ArrayList<>();
			double serverCpuMs = 0;
			SocketClient socket = new SocketClient(app.port());
			for (int i = 0; i < sequential; i++) {
				BarAnswer p = one.prepare();
				prepared.add(p);
				long cpu0 = ServerCpu.nanos();
				long t0 = System.nanoTime();
				int status = respond(app, http, p);
				httpMs.add((System.nanoTime() - t0) / 1e6);
				serverCpuMs += (ServerCpu.nanos() - cpu0) / 1e6;
				check(status);
				BarAnswer twin = one.prepare();
				t0 = System.nanoTime();
				status = socket.postForm("/verifiers/bar/response", twin.form());
				socketMs.add((System.nanoTime() - t0) / 1e6);
				check(status);
			}
			// The floor, three ways in turn: a refused answer (400: Tomcat closes the connection after
			// every 400, so each one opens a new connection), the same over the blocking socket, and an
			// answer to no verifier (404, no database read) on a client of its own, whose connection
			// stays open.
			HttpClient kept =
					HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			List<Double> floorMs = new ArrayList<>();
			List<Double> floorSocketMs = new ArrayList<>();
			List<Double> keptMs = new ArrayList<>();
			BarAnswer unknown = BarAnswer.unknown();
			for (int i = 0; i < sequential; i++) {
				long t0 = System.nanoTime();
				respond(app, http, unknown);
				floorMs.add((System.nanoTime() - t0) / 1e6);
				t0 = System.nanoTime();
				socket.postForm("/verifiers/bar/response", unknown.form());
				floorSocketMs.add((System.nanoTime() - t0) / 1e6);
				t0 = System.nanoTime();
				respond(app, kept, "/verifiers/no-such-verifier/response", unknown);
				keptMs.add((System.nanoTime() - t0) / 1e6);
			}
			socket.close();
			List<Double> coreMs = new ArrayList<>();
			double coreCpuMs = 0;
			long c0 = System.nanoTime();
			for (BarAnswer p : prepared) {
				long cpu0 = ServerCpu.current();
				long t0 = System.nanoTime();
				verify(policy, p);
				coreMs.add((System.nanoTime() - t0) / 1e6);
				coreCpuMs += (ServerCpu.current() - cpu0) / 1e6;
			}
			double coreSeconds = (System.nanoTime() - c0) / 1e9;
			double coreTwoThreads = parallelVerify(policy, prepared, 2);

			// 2. Many learners at once, full flow: each starts a request, builds its presentation, answers.
			// 3. Many learners at once, answers only: every request is started and every presentation
			// built before the clock starts, so only the verifier's response endpoint is under load.
			// No learners (0) leaves both out: the sequential figures alone, in a fraction of the time.
			Phase flow = learners > 0 ? concurrent(app, http, learners, rounds, false) : null;
			Phase burst = learners > 0 ? concurrent(app, http, learners, rounds, true) : null;
			if (Phase.lostAll(flow) || Phase.lostAll(burst)) {
				System.err.println("roundtrip: every simulated learner of a concurrent phase was lost (" + LOST.get()
						+ " in all); the first because: " + FIRST_LOSS.get());
				System.exit(1);
			}

			StringBuilder out = new StringBuilder();
			out.append(String.format(
					"cores %d, load average at end %s%n",
					Runtime.getRuntime().availableProcessors(),
					Files.readString(Path.of("/proc/loadavg")).trim()));
			out.append(String.format(
					"sequential, %d presentations to the bar (age_over_18, key binding, status list):%n", sequential));
			out.append(String.format(
					"  direct_post round trip   median %.2f ms  p99 %.2f ms%n", pct(httpMs, 50), pct(httpMs, 99)));
			out.append(String.format(
					"  in-process SdJwtVerifier median %.2f ms  p99 %.2f ms  %.0f verifies/s (1 thread), %.0f/s (2 threads)%n",
					pct(coreMs, 50), pct(coreMs, 99), sequential / coreSeconds, coreTwoThreads));
			out.append(String.format("  HTTP adds at the median  %.2f ms%n", pct(httpMs, 50) - pct(coreMs, 50)));
			out.append(String.format(
					"  direct_post over a blocking socket (no client threads)  median %.2f ms  p99 %.2f ms%n",
					pct(socketMs, 50), pct(socketMs, 99)));
			out.append(String.format(
					"  CPU per answer: server request threads %.2f ms, in-process verify %.2f ms, HTTP adds %.2f ms (x%.1f)%n",
					serverCpuMs / sequential,
					coreCpuMs / sequential,
					(serverCpuMs - coreCpuMs) / sequential,
					serverCpuMs / coreCpuMs));
			out.append(String.format(
					"  HTTP floor: a refused answer (unknown state, one indexed read)  median %.2f ms%n",
					pct(floorMs, 50)));
			out.append(String.format(
					"    the same over a blocking socket  median %.2f ms; an answer to no verifier (404, no read, "
							+ "connection kept)  median %.2f ms%n",
					pct(floorSocketMs, 50), pct(keptMs, 50)));
			if (flow != null) {
				out.append(flow.report(String.format(
						"concurrent, %d learners x %d: start the request, present, answer", learners, rounds)));
				out.append(burst.report(String.format(
						"concurrent, %d learners x %d: answers only (requests prepared before)", learners, rounds)));
			}
			out.append(String.format(
					"setup retries (a learner's credential offer page failed under load): %d, learners lost: %d%n",
					RETRIES.get(), LOST.get()));
			System.out.print(out);
		}
		System.exit(0);
	}

	/** One concurrent phase: each direct_post's latency, the refusals, and the wall time. */
	private record Phase(List<Double> ms, int failures, double seconds) {

		/** True when the phase ran and measured nothing: every learner in it was lost. */
		static boolean lostAll(Phase phase) {
			return phase != null && phase.ms().isEmpty();
		}

		String report(String title) {
			return String.format(
					"%s:%n  direct_post              median %.2f ms  p99 %.2f ms  max %.2f ms%n"
							+ "  throughput               %.0f answers verified/s (%d in %.1f s), %d refused%n",
					title, pct(ms, 50), pct(ms, 99), pct(ms, 100), ms.size() / seconds, ms.size(), seconds, failures);
		}
	}

	private static Phase concurrent(RunningApp app, HttpClient http, int learners, int rounds, boolean prepareFirst)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(learners);
		List<Double> ms = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch ready = new CountDownLatch(learners);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Integer>> done = new ArrayList<>();
		for (int l = 0; l < learners; l++) {
			done.add(pool.submit(() -> {
				Learner learner;
				List<BarAnswer> prepared = new ArrayList<>();
				try {
					learner = Learner.withRetries(app);
					for (int r = 0; prepareFirst && r < rounds; r++) {
						prepared.add(learner.prepare());
					}
				} catch (Exception | AssertionError lost) {
					LOST.incrementAndGet();
					FIRST_LOSS.compareAndSet(null, lost);
					return 0;
				} finally {
					ready.countDown();
				}
				go.await();
				int failures = 0;
				for (int r = 0; r < rounds; r++) {
					BarAnswer p = prepareFirst ? prepared.get(r) : learner.prepare();
					long t0 = System.nanoTime();
					int status = respond(app, http, p);
					ms.add((System.nanoTime() - t0) / 1e6);
					failures += status == 200 ? 0 : 1;
				}
				return failures;
			}));
		}
		ready.await();
		long t0 = System.nanoTime();
		go.countDown();
		int failures = 0;
		for (Future<Integer> f : done) {
			failures += f.get();
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		pool.shutdown();
		return new Phase(ms, failures, seconds);
	}

	private static void check(int status) {
		if (status != 200) {
			throw new IllegalStateException("the verifier refused an honest presentation: " + status);
		}
	}

	private static int respond(RunningApp app, HttpClient http, BarAnswer p) throws Exception {
		return respond(app, http, "/verifiers/bar/response", p);
	}

	private static int respond(RunningApp app, HttpClient http, String path, BarAnswer p) throws Exception {
		return http.send(p.directPost(app, path), HttpResponse.BodyHandlers.ofString())
				.statusCode();
	}

	/**
	 * The builder is not thread-safe: policies are built under its lock, and verified outside it.
	 * The in-process verify runs after all the HTTP answers, minutes later on a loaded machine, so
	 * its clock is the instant the presentation was made: otherwise the key-binding JWT's {@code iat}
	 * would be too old and the baseline would measure refusals.
	 */
	private static VerificationPolicy policy(VerificationPolicy.Builder template, BarAnswer p) {
		synchronized (template) {
			return template.expectedAudience(p.clientId())
					.expectedNonce(p.nonce())
					.clock(Clock.fixed(p.made(), ZoneOffset.UTC))
					.build();
		}
	}

	private static void verify(VerificationPolicy.Builder template, BarAnswer p) {
		VerificationResult result = new SdJwtVerifier(policy(template, p)).verify(p.presentation());
		if (!result.isVerified()) {
			throw new IllegalStateException("in-process verify refused an honest presentation: " + result.errors());
		}
	}

	/** Verifies throughput with {@code threads} threads, each with its own policy. */
	private static double parallelVerify(VerificationPolicy.Builder template, List<BarAnswer> prepared, int threads)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long t0 = System.nanoTime();
		List<Future<?>> futures = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int first = t;
			futures.add(pool.submit(() -> {
				for (int i = first; i < prepared.size(); i += threads) {
					verify(template, prepared.get(i));
				}
				return null;
			}));
		}
		for (Future<?> f : futures) {
			f.get();
		}
		pool.shutdown();
		return prepared.size() / ((System.nanoTime() - t0) / 1e9);
	}

	/** CPU time of the embedded server's request threads ({@code http-nio-*-exec-*}), and of this thread. */
	private static final class ServerCpu {

		private static final java.lang.management.ThreadMXBean THREADS =
				java.lang.management.ManagementFactory.getThreadMXBean();

		static long nanos() {
			long sum = 0;
			for (java.lang.management.ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
				if (info != null && info.getThreadName().contains("-exec-")) {
					sum += Math.max(0, THREADS.getThreadCpuTime(info.getThreadId()));
				}
			}
			return sum;
		}

		static long current() {
			return THREADS.getCurrentThreadCpuTime();
		}
	}

	private static double pct(List<Double> values, int percentile) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	private static JWK issuerKey(RunningApp app, HttpClient http, SdJwt credential) throws Exception {
		String iss = (String) credential.payload().get("iss");
		String path = URI.create(iss).getPath();
		Map<String, Object> metadata = parse(get(app, http, "/.well-known/jwt-vc-issuer" + path));
		@SuppressWarnings("unchecked")
		Map<String, Object> jwks = (Map<String, Object>) metadata.get("jwks");
		return JWKSet.parse(jwks)
				.getKeyByKeyId(credential.issuerSignedJwt().header().getKeyID());
	}

	private static StatusListToken statusList(RunningApp app, HttpClient http, SdJwt credential) throws Exception {
		Map<?, ?> status = (Map<?, ?>) ((Map<?, ?>) credential.payload().get("status")).get("status_list");
		String uri = (String) status.get("uri");
		URI at = URI.create(uri);
		String pathAndQuery = at.getRawPath() + (at.getRawQuery() == null ? "" : "?" + at.getRawQuery());
		return StatusListToken.parse(
				get(app, http, pathAndQuery).trim(), ParseLimits.DEFAULT.maxJsonDepth(), 1024 * 1024);
	}

	private static String get(RunningApp app, HttpClient http, String path) throws Exception {
		return http.send(
						HttpRequest.newBuilder(URI.create(app.url(path))).GET().build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
	}

	private static Map<String, Object> parse(String json) {
		return Json.parseObject(json, 16, VerificationErrorCode.MALFORMED_SD_JWT);
	}
}
