package org.consentlab.credential.status;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps fetched Status List Tokens until their {@code ttl} runs out (Token Status List §5.1,
 * "ttl"), never past their {@code exp}, and for {@code defaultTtl} when they give no ttl. The
 * clock is injected so tests move time by hand.
 */
public final class CachingStatusListFetcher implements StatusListFetcher {

	private final StatusListFetcher delegate;

	private final Clock clock;

	private final Duration defaultTtl;

	private final Map<String, Entry> cache = new ConcurrentHashMap<>();

	public CachingStatusListFetcher(StatusListFetcher delegate, Clock clock, Duration defaultTtl) {
		this.delegate = Objects.requireNonNull(delegate, "delegate");
		this.clock = Objects.requireNonNull(clock, "clock");
		this.defaultTtl = Objects.requireNonNull(defaultTtl, "defaultTtl");
	}

	@Override
	public StatusListToken fetch(String uri) throws IOException {
		Instant now = this.clock.instant();
		Entry cached = this.cache.get(uri);
		if (cached != null && now.isBefore(cached.freshUntil())) {
			return cached.token();
		}
		StatusListToken token = this.delegate.fetch(uri);
		this.cache.put(uri, new Entry(token, freshUntil(token, now)));
		return token;
	}

	private Instant freshUntil(StatusListToken token, Instant now) {
		Duration ttl = (token.ttl() != null) ? Duration.ofSeconds(token.ttl()) : this.defaultTtl;
		Instant until = now.plus(ttl);
		return (token.expiresAt() != null && token.expiresAt().isBefore(until)) ? token.expiresAt() : until;
	}

	private record Entry(StatusListToken token, Instant freshUntil) {}
}
