package org.consentlab.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.consentlab.support.Eventually;
import org.consentlab.web.Loopback;
import org.junit.jupiter.api.Test;

/** The issuer-key cache: rotated keys found at once, unknown keys cannot buy a fetch each. */
class IssuerTrustTests {

	private static final String ISS = "https://class.example/issuers/pid";

	private final MutableClock clock = new MutableClock();

	private final List<String> fetched = new CopyOnWriteArrayList<>();

	private volatile String body;

	private volatile CountDownLatch fetchMayEnd = new CountDownLatch(0);

	private volatile int status = 200;

	private final IssuerTrust trust = new IssuerTrust(
			url -> {
				fetched.add(url);
				try {
					fetchMayEnd.await();
				} catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return new Loopback.Response(status, body);
			},
			path -> path,
			clock);

	@Test
	void keyWhenKidKnownThenOneFetchServesEveryCallUntilTheCacheAges() throws Exception {
		ECKey key = publish();
		for (int i = 0; i < 50; i++) {
			assertThat(trust.key(ISS, key.getKeyID())).isPresent();
		}
		assertThat(fetched).containsExactly("https://class.example/.well-known/jwt-vc-issuer/issuers/pid");
		clock.advance(Duration.ofMinutes(6));
		assertThat(trust.key(ISS, key.getKeyID())).isPresent();
		assertThat(fetched).hasSize(2);
	}

	@Test
	void keyWhenIssuerRotatesThenTheNewKidIsFoundWithoutWaiting() throws Exception {
		ECKey old = publish();
		assertThat(trust.key(ISS, old.getKeyID())).isPresent();
		ECKey rotated = publish();
		assertThat(trust.key(ISS, rotated.getKeyID())).isPresent();
		assertThat(fetched).hasSize(2);
	}

	@Test
	void keyWhenEveryCallNamesAFreshUnknownKidThenFetchesStayWithinTheBudget() throws Exception {
		publish();
		trust.key(ISS, null);
		for (int i = 0; i < 1_000; i++) {
			assertThat(trust.key(ISS, UUID.randomUUID().toString())).isEmpty();
		}
		assertThat(fetched).hasSize(1 + IssuerTrust.REFETCHES);
		clock.advance(IssuerTrust.WINDOW.plusSeconds(1));
		for (int i = 0; i < 1_000; i++) {
			trust.key(ISS, UUID.randomUUID().toString());
		}
		assertThat(fetched).hasSize(1 + 2 * IssuerTrust.REFETCHES);
	}

	@Test
	void keyWhenIssuerMetadataUnavailableThenAskedAgainOnlyAfterAWindow() throws Exception {
		ECKey key = publish();
		status = 503;
		for (int i = 0; i < 100; i++) {
			assertThat(trust.key(ISS, key.getKeyID())).isEmpty();
		}
		assertThat(fetched).hasSize(1);
		status = 200;
		clock.advance(IssuerTrust.WINDOW.plusSeconds(1));
		assertThat(trust.key(ISS, key.getKeyID())).isPresent();
		assertThat(fetched).hasSize(2);
	}

	@Test
	void keyWhenLearnersNameEndlessUnknownIssuersThenTheCacheStaysBounded() {
		status = 404;
		for (int i = 0; i < 1_000; i++) {
			assertThat(trust.key("https://class.example/issuers/nobody-" + i, "k"))
					.isEmpty();
		}
		assertThat(trust.issuersCached()).isEqualTo(IssuerTrust.MAX_UNKNOWN_ISSUERS);
	}

	@Test
	void keyWhenAnotherCallerIsFetchingThenAgedKeysServeWithoutWaitingForIt() throws Exception {
		ECKey key = publish();
		assertThat(trust.key(ISS, key.getKeyID())).isPresent();
		clock.advance(Duration.ofMinutes(6));
		fetchMayEnd = new CountDownLatch(1);
		ExecutorService refresher = Executors.newSingleThreadExecutor();
		try {
			Future<?> refreshing = refresher.submit(() -> trust.key(ISS, key.getKeyID()));
			Eventually.until("the refetch has started", fetched::size, size -> size == 2);
			assertThat(CompletableFuture.supplyAsync(() -> trust.key(ISS, key.getKeyID()))
							.get(5, TimeUnit.SECONDS))
					.as("a second caller is served from the aged metadata while the refetch hangs")
					.isPresent();
			fetchMayEnd.countDown();
			refreshing.get(5, TimeUnit.SECONDS);
		} finally {
			fetchMayEnd.countDown();
			refresher.shutdownNow();
		}
		assertThat(fetched).hasSize(2);
	}

	private ECKey publish() throws Exception {
		ECKey key = new ECKeyGenerator(Curve.P_256)
				.keyID(UUID.randomUUID().toString())
				.generate();
		body = "{\"issuer\":\"" + ISS + "\",\"jwks\":{\"keys\":["
				+ key.toPublicJWK().toJSONString() + "]}}";
		return key;
	}

	private static final class MutableClock extends Clock {

		private volatile Instant now = Instant.parse("2026-12-04T10:00:00Z");

		void advance(Duration by) {
			now = now.plus(by);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	}
}
