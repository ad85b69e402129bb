package org.consentlab.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.consentlab.support.Classroom;
import org.consentlab.support.Postgres;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * A hundred inspector posts at once, each naming an unknown key of an app issuer, so each makes the
 * app call itself for the issuer's metadata, on a server with 40 request threads: another learner's
 * page still answers within a second. A self-call runs in the thread of the request that makes it
 * ({@link Loopback}), so it takes no second thread; and one learner has at most
 * {@link LearnerRequestLimit#MAX_IN_FLIGHT} requests in flight, so the flood's surplus is refused
 * at once (429) instead of queueing ahead of everyone else for the request threads. Over HTTP and
 * unbounded, the callers took every thread, the calls they made could not be served, and the page
 * waited for their 10 s timeouts.
 */
class SelfCallFloodTests {

	private static final int FLOOD = 100;

	/** The inspector's verdict when the issuer's metadata is not found (inspector.unchecked). */
	private static final String UNKNOWN_ISSUER = "not one of this app&#39;s issuers";

	/**
	 * The page's budget on top of its own pre-flood time: generous, because a shared 2-core machine
	 * under load stretches every request, yet an order of magnitude below the 32 s that unbounded
	 * self-calls took.
	 */
	private static final Duration PAGE_BOUND = Duration.ofSeconds(3);

	@Test
	void inspectorWhenFloodedThenAnotherLearnersPageStaysUnderASecond() throws Exception {
		try (RunningApp app = RunningApp.classroom(Postgres.newDatabase(), "--server.tomcat.threads.max=40")) {
			Classroom classroom = Classroom.create(app, "mr-novak");
			WebClient flooder = classroom.join("flo");
			WebClient other = classroom.join("oli");
			other.get("/labs");
			flooder.get("/inspector");
			Duration quiet = Duration.ZERO;
			for (int i = 0; i < 3; i++) {
				quiet = max(quiet, timed(() -> other.get("/labs")));
			}
			// Each token names an issuer of its own on this host, so each inspection looks for its
			// metadata with a self-call (one issuer's misses are budgeted, and would not flood).
			List<String> tokens = new ArrayList<>();
			for (int i = 0; i < FLOOD; i++) {
				tokens.add(tokenNamingAnUnknownKey(
						app.bean(Loopback.class).publicUrl("/issuers/flood-" + UUID.randomUUID())));
			}

			long callsBefore = app.bean(Loopback.class).calls();
			ExecutorService threads = Executors.newFixedThreadPool(FLOOD);
			List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
			for (String token : tokens) {
				flood.add(CompletableFuture.supplyAsync(() -> flooder.post("/inspector", "token", token), threads));
			}
			Duration slowest = Duration.ZERO;
			for (int i = 0; i < 3; i++) {
				slowest = max(
						slowest,
						timed(() -> assertThat(other.get("/labs").statusCode()).isEqualTo(200)));
			}
			System.out.printf(
					"self-call flood: another learner's page %d ms at the slowest (%d ms before the flood)%n",
					slowest.toMillis(), quiet.toMillis());

			long floodStarted = System.nanoTime();
			int answered = 0;
			int refused = 0;
			for (CompletableFuture<HttpResponse<String>> post : flood) {
				HttpResponse<String> response = post.get();
				assertThat(response.statusCode()).as(response.body()).isIn(200, 429);
				assertThat(response.body()).doesNotContain("Exception");
				if (response.statusCode() == 200) {
					// the inspection looked for the issuer's metadata, and did not find it
					assertThat(response.body()).contains(UNKNOWN_ISSUER);
					answered++;
				} else {
					assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
					assertThat(response.body()).contains("too many requests running at once");
					refused++;
				}
			}
			threads.shutdown();
			assertThat(answered)
					.as("the learner's own share of the server")
					.isGreaterThanOrEqualTo(LearnerRequestLimit.MAX_IN_FLIGHT);
			assertThat(app.bean(Loopback.class).calls() - callsBefore)
					.as("each inspection called the app for its issuer's metadata")
					.isGreaterThanOrEqualTo(answered);
			System.out.printf(
					"self-call flood: %d answered, %d refused as too many at once, the last %d ms after the page%n",
					answered,
					refused,
					Duration.ofNanos(System.nanoTime() - floodStarted).toMillis());
			// Under 1 s on a quiet machine; on a loaded one the page is slow before the flood too, so
			// the bound grows with it. Unbounded self-calls took 32 s here: every thread waited.
			assertThat(slowest)
					.as("another learner's page during the flood (%d ms before it)", quiet.toMillis())
					.isLessThan(PAGE_BOUND.plus(quiet.multipliedBy(3)));
		}
	}

	private static Duration timed(Runnable call) {
		long started = System.nanoTime();
		call.run();
		return Duration.ofNanos(System.nanoTime() - started);
	}

	private static Duration max(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	private static String tokenNamingAnUnknownKey(String iss) throws Exception {
		ECKey key = new ECKeyGenerator(Curve.P_256)
				.keyID(UUID.randomUUID().toString())
				.generate();
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.ES256)
						.type(new JOSEObjectType("dc+sd-jwt"))
						.keyID(key.getKeyID())
						.build(),
				new JWTClaimsSet.Builder()
						.issuer(iss)
						.claim("vct", "urn:eudi:pid:1")
						.claim("_sd_alg", "sha-256")
						.build());
		jwt.sign(new ECDSASigner(key));
		return jwt.serialize() + "~";
	}
}
