package org.consentlab.verifier;

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
 * Fetches Status List Tokens over HTTP (Token Status List §8.1) and keeps each until its
 * {@code ttl} runs out, shared by every verifier and every learner: the issuer sees periodic
 * fetches of the whole list, never which credential is being checked (§12.2, herd privacy).
 */
@Component
public class StatusListClient implements StatusListFetcher {

	/** The most a status list may inflate to (zip bombs). */
	private static final int MAX_LIST_BYTES = 1024 * 1024;

	private final StatusListFetcher cached;

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
}
