package org.consentlab.verifier;

import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.consentlab.credential.sdjwt.ParseLimits;
import org.consentlab.credential.status.CachingStatusListFetcher;
import org.consentlab.credential.status.StatusListFetcher;
import org.consentlab.credential.status.StatusListToken;
import org.consentlab.web.Loopback;
import org.springframework.stereotype.Component;

/**
 * Fetches Status List Tokens from their URIs (Token Status List §8.1) and keeps each, with the issuer key
 * its signature was checked with, until its {@code ttl} runs out, shared by every verifier and
 * every learner: an answer reads one entry of a verified list, and the issuer sees periodic fetches
 * of the whole list, never which credential is being checked (§12.2, herd privacy).
 */
@Component
public class StatusListClient implements StatusListFetcher {

	/** The most a status list may inflate to (zip bombs). */
	private static final int MAX_LIST_BYTES = 1024 * 1024;

	private final CachingStatusListFetcher cached;

	StatusListClient(Loopback loopback) {
		StatusListFetcher http = uri -> {
			Loopback.Response response = loopback.get(uri);
			if (response.status() != 200) {
				throw new IOException("status list answered " + response.status());
			}
			return StatusListToken.parse(response.body().trim(), ParseLimits.DEFAULT.maxJsonDepth(), MAX_LIST_BYTES);
		};
		this.cached = new CachingStatusListFetcher(http, Clock.systemUTC(), Duration.ofSeconds(30));
	}

	@Override
	public StatusListToken fetch(String uri) throws IOException {
		return cached.fetch(uri);
	}

	@Override
	public boolean knownSignedBy(String uri, StatusListToken token, JWK key) {
		return cached.knownSignedBy(uri, token, key);
	}

	@Override
	public void foundSignedBy(String uri, StatusListToken token, JWK key) {
		cached.foundSignedBy(uri, token, key);
	}

	/** Status List Tokens fetched over HTTP so far. */
	long fetches() {
		return cached.fetches();
	}

	/** Status list signatures the verifiers checked so far: once per fetched list, not per answer. */
	long signatureChecks() {
		return cached.signatureChecks();
	}
}
