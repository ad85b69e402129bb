package org.consentlab.credential.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consentlab.credential.TestCredentials.ISSUER_KEY;
import static org.consentlab.credential.TestCredentials.NOW;

import com.nimbusds.jose.JWSAlgorithm;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.consentlab.credential.TestClock;
import org.consentlab.credential.TestCredentials;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.jose.Jwks;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.consentlab.credential.status.CachingStatusListFetcher;
import org.consentlab.credential.status.StatusList;
import org.consentlab.credential.status.StatusListToken;
import org.consentlab.credential.status.StatusReference;
import org.junit.jupiter.api.Test;

/**
 * A verifier that keeps Status List Tokens (Token Status List §5.1 ttl) checks each kept token's
 * signature once, not once per presentation; a token fetched again after its ttl is checked again,
 * so a list signed by someone else, or one that revokes the credential, counts from then on.
 */
class StatusListCacheTests {

	private static final String URI = "https://issuer.example.org/status/9";

	private static final long TTL = 60;

	@Test
	void verifyWhenManyPresentationsWithinTtlThenTheListIsFetchedAndItsSignatureCheckedOnce() {
		TestClock clock = new TestClock(NOW);
		CachingStatusListFetcher lists =
				new CachingStatusListFetcher((uri) -> list(0, ISSUER_KEY), clock, Duration.ofMinutes(10));
		SdJwtVerifier verifier = new SdJwtVerifier(
				TestCredentials.policy().statusListFetcher(lists).build());

		for (int i = 0; i < 20; i++) {
			assertThat(verifier.verify(withStatus(3)).isVerified()).isTrue();
			clock.advance(Duration.ofSeconds(1));
		}

		assertThat(lists.fetches()).isEqualTo(1);
		assertThat(lists.signatureChecks()).isEqualTo(1);
	}

	@Test
	void verifyWhenTtlRunsOutThenTheListFetchedAgainIsCheckedAgain() {
		TestClock clock = new TestClock(NOW);
		AtomicReference<StatusListToken> published = new AtomicReference<>(list(0, ISSUER_KEY));
		CachingStatusListFetcher lists =
				new CachingStatusListFetcher((uri) -> published.get(), clock, Duration.ofMinutes(10));
		SdJwtVerifier verifier = new SdJwtVerifier(
				TestCredentials.policy().statusListFetcher(lists).build());
		assertThat(verifier.verify(withStatus(3)).isVerified()).isTrue();

		published.set(list(0, Jwks.generate(JWSAlgorithm.ES256)));
		clock.advance(Duration.ofSeconds(TTL - 1));
		assertThat(verifier.verify(withStatus(3)).isVerified())
				.as("within the ttl, the list already verified")
				.isTrue();
		clock.advance(Duration.ofSeconds(1));
		assertThat(verifier.verify(withStatus(3)).errors())
				.as("after the ttl, a list signed by another key")
				.extracting(error -> error.code())
				.contains(VerificationErrorCode.STATUS_LIST_INVALID);

		published.set(list(1, ISSUER_KEY));
		clock.advance(Duration.ofSeconds(TTL));
		assertThat(verifier.verify(withStatus(3)).errors())
				.as("after the next ttl, the issuer's list that revokes it")
				.extracting(error -> error.code())
				.contains(VerificationErrorCode.REVOKED);
		assertThat(lists.fetches()).isEqualTo(3);
		assertThat(lists.signatureChecks()).isEqualTo(2);
	}

	private static StatusListToken list(int status, com.nimbusds.jose.jwk.JWK key) {
		return StatusListToken.issue(
				key, URI, StatusList.ofSize(2, 8).with(3, status), NOW, null, TTL, CryptoProvider.DEFAULT);
	}

	private static String withStatus(long idx) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("iss", TestCredentials.ISSUER);
		payload.put("iat", NOW.getEpochSecond() - 60);
		payload.put("vct", "urn:example:pid");
		payload.put("_sd_alg", "sha-256");
		payload.put("status", new StatusReference(idx, URI).toStatusClaim());
		return TestCredentials.signed(payload, "dc+sd-jwt");
	}
}
