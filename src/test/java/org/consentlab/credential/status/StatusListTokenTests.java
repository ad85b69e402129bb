package org.consentlab.credential.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.consentlab.credential.TestClock;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.jose.Jwks;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.junit.jupiter.api.Test;

class StatusListTokenTests {

	private static final JWK ISSUER = Jwks.generate(JWSAlgorithm.ES256);

	private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

	private static final String URI = "https://issuer.example/status/1";

	@Test
	void parseWhenIssuedThenSameClaimsAndList() {
		StatusList list = StatusList.ofSize(2, 100).with(42, Status.SUSPENDED.value());
		StatusListToken token =
				StatusListToken.issue(ISSUER, URI, list, NOW, NOW.plusSeconds(86400), 300L, CryptoProvider.DEFAULT);

		StatusListToken parsed = StatusListToken.parse(token.compact(), 8, 1024);

		assertThat(parsed.jws().type()).isEqualTo("statuslist+jwt");
		assertThat(parsed.subject()).isEqualTo(URI);
		assertThat(parsed.issuedAt()).isEqualTo(NOW);
		assertThat(parsed.ttl()).isEqualTo(300L);
		assertThat(parsed.statusList().get(42)).isEqualTo(Status.SUSPENDED.value());
	}

	@Test
	void parseWhenNotAStatusListTokenThenStatusListInvalid() {
		assertThatThrownBy(() -> StatusListToken.parse("e30.e30.", 8, 1024))
				.isInstanceOfSatisfying(
						MalformedCredentialException.class,
						(ex) -> assertThat(ex.code()).isEqualTo(VerificationErrorCode.STATUS_LIST_INVALID));
	}

	@Test
	void fetchWhenWithinTtlThenCachedAndAfterTtlThenFetchedAgain() throws IOException {
		TestClock clock = new TestClock(NOW);
		AtomicInteger fetches = new AtomicInteger();
		StatusListToken token =
				StatusListToken.issue(ISSUER, URI, StatusList.ofSize(1, 8), NOW, null, 60L, CryptoProvider.DEFAULT);
		StatusListFetcher fetcher = new CachingStatusListFetcher(
				(uri) -> {
					fetches.incrementAndGet();
					return token;
				},
				clock,
				Duration.ofMinutes(10));

		fetcher.fetch(URI);
		clock.advance(Duration.ofSeconds(59));
		fetcher.fetch(URI);
		assertThat(fetches).hasValue(1);
		clock.advance(Duration.ofSeconds(1));
		fetcher.fetch(URI);
		assertThat(fetches).hasValue(2);
	}

	@Test
	void fetchWhenExpiryBeforeTtlThenRefetchedAtExpiry() throws IOException {
		TestClock clock = new TestClock(NOW);
		AtomicInteger fetches = new AtomicInteger();
		StatusListToken token = StatusListToken.issue(
				ISSUER, URI, StatusList.ofSize(1, 8), NOW, NOW.plusSeconds(30), 3600L, CryptoProvider.DEFAULT);
		StatusListFetcher fetcher = new CachingStatusListFetcher(
				(uri) -> {
					fetches.incrementAndGet();
					return token;
				},
				clock,
				Duration.ofMinutes(10));

		fetcher.fetch(URI);
		clock.advance(Duration.ofSeconds(31));
		fetcher.fetch(URI);

		assertThat(fetches).hasValue(2);
	}

	@Test
	void fetchWhenMoreListsThanTheBoundThenTheStalestAreDropped() throws IOException {
		TestClock clock = new TestClock(NOW);
		StatusListToken token =
				StatusListToken.issue(ISSUER, URI, StatusList.ofSize(1, 8), NOW, null, 60L, CryptoProvider.DEFAULT);
		AtomicInteger fetches = new AtomicInteger();
		CachingStatusListFetcher fetcher = new CachingStatusListFetcher(
				(uri) -> {
					fetches.incrementAndGet();
					return token;
				},
				clock,
				Duration.ofMinutes(10));

		for (int i = 0; i < CachingStatusListFetcher.MAX_LISTS + 10; i++) {
			fetcher.fetch(URI + "?n=" + i);
			clock.advance(Duration.ofMillis(1));
		}
		assertThat(fetcher.size()).isEqualTo(CachingStatusListFetcher.MAX_LISTS);
		fetcher.fetch(URI + "?n=" + (CachingStatusListFetcher.MAX_LISTS + 9));
		assertThat(fetches).as("the newest is still kept").hasValue(CachingStatusListFetcher.MAX_LISTS + 10);
		fetcher.fetch(URI + "?n=0");
		assertThat(fetches).as("the stalest was dropped").hasValue(CachingStatusListFetcher.MAX_LISTS + 11);
	}
}
