package org.consentlab.verifier;

import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.consentlab.credential.spec.SdJwtVc;
import org.consentlab.credential.vc.JwtVcIssuerMetadata;
import org.consentlab.credential.vc.MalformedIssuerMetadataException;
import org.consentlab.credential.verify.IssuerKeyResolver;
import org.consentlab.web.Loopback;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Finds an issuer's public key from its JWT VC Issuer Metadata (SD-JWT VC §4: fetched from
 * {@code /.well-known/jwt-vc-issuer} + the issuer's path, its {@code issuer} equal to the
 * credential's {@code iss}). The metadata is cached for every learner alike: the issuer sees one
 * fetch every few minutes, never which learner is being checked. An unknown {@code kid} refetches
 * once, so a rotated key is picked up. The credential core asks it for the key of the token it is
 * verifying ({@link IssuerKeyResolver}).
 *
 * <p>Refetches after a miss are budgeted: at most {@link #REFETCHES} per issuer in each
 * {@link #WINDOW}, and an issuer whose metadata could not be had is asked again only after a
 * window. A just-rotated key is still found at once, but a learner sending tokens with a fresh
 * random {@code kid} each time cannot make every presentation cost the verifier a fetch.
 */
@Component
public class IssuerTrust implements IssuerKeyResolver {

	private static final Duration TTL = Duration.ofMinutes(5);

	/** The refetches one issuer gets for unknown keys in each {@link #WINDOW}. */
	static final int REFETCHES = 3;

	static final Duration WINDOW = Duration.ofSeconds(10);

	/** Past this many issuers in the cache, an issuer whose metadata cannot be had is not remembered. */
	static final int MAX_UNKNOWN_ISSUERS = 64;

	private final Function<String, Loopback.Response> get;

	private final Function<String, String> publicUrl;

	private final Clock clock;

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	/**
	 * The last fetch of an issuer's metadata ({@code metadata} null when it failed), and the
	 * refetches for unknown keys spent in the window that started at {@code windowStart}.
	 */
	private record Cached(JwtVcIssuerMetadata metadata, Instant fetchedAt, Instant windowStart, int refetches) {

		boolean olderThan(Duration age, Instant now) {
			return fetchedAt.plus(age).isBefore(now);
		}

		boolean knows(String kid) {
			return metadata != null && metadata.key(kid).isPresent();
		}

		Optional<JWK> key(String kid) {
			return metadata == null ? Optional.empty() : metadata.key(kid);
		}

		/** May a miss refetch now? A failed fetch waits a window; unknown keys share the budget. */
		boolean mayRefetch(Instant now) {
			if (metadata == null) {
				return olderThan(WINDOW, now);
			}
			return windowStart.plus(WINDOW).isBefore(now) || refetches < REFETCHES;
		}

		/** A refetch taken from the budget; a failed issuer's time restarts, so others wait. */
		Cached spent(Instant now) {
			boolean newWindow = windowStart.plus(WINDOW).isBefore(now);
			return new Cached(
					metadata,
					metadata == null ? now : fetchedAt,
					newWindow ? now : windowStart,
					newWindow ? 1 : refetches + 1);
		}

		/** Aged metadata stays in use while one caller fetches the next. */
		Cached renewing(Instant now) {
			return new Cached(metadata, now, windowStart, refetches);
		}

		/** After a fetch: new metadata replaces the old; a failure keeps what was known. */
		Cached with(JwtVcIssuerMetadata fresh, Instant now) {
			if (fresh != null) {
				return new Cached(fresh, now, windowStart, refetches);
			}
			return metadata == null ? new Cached(null, now, windowStart, refetches) : this;
		}
	}

	@Autowired
	IssuerTrust(Loopback loopback) {
		this(
				url -> {
					try {
						return loopback.get(url);
					} catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				},
				loopback::publicUrl,
				Clock.systemUTC());
	}

	IssuerTrust(Function<String, Loopback.Response> get, Function<String, String> publicUrl, Clock clock) {
		this.get = get;
		this.publicUrl = publicUrl;
		this.clock = clock;
	}

	/** How many issuers the cache holds, found or not. */
	int issuersCached() {
		return cache.size();
	}

	/** The {@code iss} values of the profile's trusted issuers in this deployment. */
	Set<String> trustedIssuers(VerifierProfile profile) {
		return profile.trustedIssuers().stream().map(publicUrl).collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * The issuer's key named {@code kid} (or its only key when kid is null). The decision to fetch
	 * is taken under the map's lock; the fetch itself is not, so callers never queue behind a
	 * self-call (they would hold their threads and database connections while they wait).
	 */
	@Override
	public Optional<JWK> key(String iss, String kid) {
		Instant now = clock.instant();
		boolean[] fetch = {false};
		Cached decided = cache.compute(iss, (issuer, known) -> {
			if (known == null) {
				fetch[0] = true;
				return null;
			}
			if (known.olderThan(TTL, now)) {
				fetch[0] = true;
				return known.renewing(now);
			}
			if (known.knows(kid) || !known.mayRefetch(now)) {
				return known;
			}
			fetch[0] = true;
			return known.spent(now);
		});
		if (!fetch[0]) {
			return decided.key(kid);
		}
		JwtVcIssuerMetadata fresh = fetch(iss);
		Cached stored = cache.compute(iss, (issuer, known) -> {
			if (known != null) {
				return known.with(fresh, now);
			}
			// the inspector asks about any issuer a learner names: misses are remembered for a few only
			return fresh == null && cache.size() >= MAX_UNKNOWN_ISSUERS ? null : new Cached(fresh, now, now, 0);
		});
		return stored == null ? Optional.empty() : stored.key(kid);
	}

	/** The metadata of {@code iss}, or null when it cannot be had or is for another issuer (§4.3: then unused). */
	private JwtVcIssuerMetadata fetch(String iss) {
		try {
			Loopback.Response response = get.apply(Loopback.wellKnown(iss, SdJwtVc.WELL_KNOWN_ISSUER_METADATA));
			if (response.status() != 200) {
				return null;
			}
			JwtVcIssuerMetadata metadata = JwtVcIssuerMetadata.parse(response.body());
			return metadata.isFor(iss) ? metadata : null;
		} catch (UncheckedIOException | MalformedIssuerMetadataException | IllegalArgumentException ex) {
			return null;
		}
	}
}
