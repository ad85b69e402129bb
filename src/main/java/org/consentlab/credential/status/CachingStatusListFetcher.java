package org.consentlab.credential.status;

import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps fetched Status List Tokens until their {@code ttl} runs out (Token Status List §5.1: how
 * long a consumer may cache the token before it should fetch a fresh one), never past their
 * {@code exp} (after which the list must not be relied on), and for {@code defaultTtl} when they
 * give no ttl; and with each kept token, the keys it was found signed by, so its signature is
 * checked once per fetch, not once per presentation. A fresh fetch starts with no key: a list the
 * issuer republished is verified again. Bounded to {@link #MAX_LISTS} lists; one fetch per list at a
 * time, however many presentations wait for it. The clock is injected so tests move time by hand.
 */
public final class CachingStatusListFetcher implements StatusListFetcher {

	/** Lists kept at most: the stalest goes first. Far more than the issuers of a class publish. */
	public static final int MAX_LISTS = 1024;

	/** Keys remembered per kept token: its issuer's current key, and a few from before a rotation. */
	private static final int MAX_KEYS_PER_LIST = 8;

	private final StatusListFetcher delegate;

	private final Clock clock;

	private final Duration defaultTtl;

	private final Map<String, Entry> cache = new ConcurrentHashMap<>();

	private final Map<String, CompletableFuture<Entry>> inFlight = new ConcurrentHashMap<>();

	private final AtomicLong fetches = new AtomicLong();

	private final AtomicLong signaturesNoted = new AtomicLong();

	public CachingStatusListFetcher(StatusListFetcher delegate, Clock clock, Duration defaultTtl) {
		this.delegate = Objects.requireNonNull(delegate, "delegate");
		this.clock = Objects.requireNonNull(clock, "clock");
		this.defaultTtl = Objects.requireNonNull(defaultTtl, "defaultTtl");
	}

	@Override
	public StatusListToken fetch(String uri) throws IOException {
		Entry cached = fresh(uri, this.clock.instant());
		return (cached != null) ? cached.token() : refresh(uri).token();
	}

	@Override
	public boolean knownSignedBy(String uri, StatusListToken token, JWK key) {
		Entry cached = this.cache.get(uri);
		return cached != null && cached.token() == token && cached.signedBy().contains(key);
	}

	@Override
	public void foundSignedBy(String uri, StatusListToken token, JWK key) {
		this.signaturesNoted.incrementAndGet();
		Entry cached = this.cache.get(uri);
		if (cached != null && cached.token() == token && cached.signedBy().size() < MAX_KEYS_PER_LIST) {
			cached.signedBy().add(key);
		}
	}

	/** Tokens fetched from the delegate so far. */
	public long fetches() {
		return this.fetches.get();
	}

	/** Signatures of status lists the verifier had to check so far (one per list and fetch, when cached). */
	public long signatureChecks() {
		return this.signaturesNoted.get();
	}

	/** Lists kept now. */
	int size() {
		return this.cache.size();
	}

	private Entry fresh(String uri, Instant now) {
		Entry cached = this.cache.get(uri);
		return (cached != null && now.isBefore(cached.freshUntil())) ? cached : null;
	}

	/** Fetches {@code uri} once, however many threads found it stale at the same time. */
	private Entry refresh(String uri) throws IOException {
		CompletableFuture<Entry> mine = new CompletableFuture<>();
		CompletableFuture<Entry> theirs = this.inFlight.putIfAbsent(uri, mine);
		if (theirs != null) {
			return await(theirs);
		}
		try {
			Instant now = this.clock.instant();
			Entry entry = fresh(uri, now);
			if (entry == null) {
				StatusListToken token = this.delegate.fetch(uri);
				this.fetches.incrementAndGet();
				entry = new Entry(token, freshUntil(token, now), ConcurrentHashMap.newKeySet());
				makeRoom(now);
				this.cache.put(uri, entry);
			}
			mine.complete(entry);
			return entry;
		} catch (IOException | RuntimeException ex) {
			mine.completeExceptionally(ex);
			throw ex;
		} finally {
			this.inFlight.remove(uri, mine);
		}
	}

	private static Entry await(CompletableFuture<Entry> fetch) throws IOException {
		try {
			return fetch.get();
		} catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while the status list was fetched", ex);
		} catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IOException(ex.getCause());
		}
	}

	/** Drops lists past their time, then the stalest, until one more fits. */
	private void makeRoom(Instant now) {
		if (this.cache.size() < MAX_LISTS) {
			return;
		}
		this.cache.values().removeIf(entry -> !now.isBefore(entry.freshUntil()));
		while (this.cache.size() >= MAX_LISTS) {
			this.cache.entrySet().stream()
					.min(Comparator.comparing(each -> each.getValue().freshUntil()))
					.ifPresent(stalest -> this.cache.remove(stalest.getKey(), stalest.getValue()));
		}
	}

	private Instant freshUntil(StatusListToken token, Instant now) {
		Duration ttl = (token.ttl() != null) ? Duration.ofSeconds(token.ttl()) : this.defaultTtl;
		Instant until = now.plus(ttl);
		return (token.expiresAt() != null && token.expiresAt().isBefore(until)) ? token.expiresAt() : until;
	}

	private record Entry(StatusListToken token, Instant freshUntil, Set<JWK> signedBy) {}
}
