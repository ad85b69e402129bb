package org.consentlab.verifier;

import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.consentlab.credential.spec.SdJwtVc;
import org.consentlab.credential.vc.JwtVcIssuerMetadata;
import org.consentlab.credential.vc.MalformedIssuerMetadataException;
import org.consentlab.credential.verify.IssuerKeyResolver;
import org.consentlab.web.Loopback;
import org.springframework.stereotype.Component;

/**
 * Finds an issuer's public key from its JWT VC Issuer Metadata (SD-JWT VC §4: fetched from
 * {@code /.well-known/jwt-vc-issuer} + the issuer's path, its {@code issuer} equal to the
 * credential's {@code iss}). The metadata is cached for every learner alike: the issuer sees one
 * fetch every few minutes, never which learner is being checked. An unknown {@code kid} refetches
 * once, so a rotated key is picked up. The credential core asks it for the key of the token it is
 * verifying ({@link IssuerKeyResolver}).
 */
@Component
public class IssuerTrust implements IssuerKeyResolver {

	private static final Duration TTL = Duration.ofMinutes(5);

	private final Loopback loopback;

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	private record Cached(JwtVcIssuerMetadata metadata, Instant fetchedAt) {}

	IssuerTrust(Loopback loopback) {
		this.loopback = loopback;
	}

	/** The {@code iss} values of the profile's trusted issuers in this deployment. */
	Set<String> trustedIssuers(VerifierProfile profile) {
		return profile.trustedIssuers().stream().map(loopback::publicUrl).collect(Collectors.toUnmodifiableSet());
	}

	/** The issuer's key named {@code kid} (or its only key when kid is null). */
	@Override
	public Optional<JWK> key(String iss, String kid) {
		Cached cached = cache.get(iss);
		if (cached == null
				|| cached.fetchedAt().plus(TTL).isBefore(Instant.now())
				|| cached.metadata().key(kid).isEmpty()) {
			cached = fetch(iss);
			if (cached == null) {
				return Optional.empty();
			}
			cache.put(iss, cached);
		}
		return cached.metadata().key(kid);
	}

	/** The metadata of {@code iss}, or null when it cannot be had or is for another issuer (§4.3: then unused). */
	private Cached fetch(String iss) {
		try {
			Loopback.Response response = loopback.get(Loopback.wellKnown(iss, SdJwtVc.WELL_KNOWN_ISSUER_METADATA));
			if (response.status() != 200) {
				return null;
			}
			JwtVcIssuerMetadata metadata = JwtVcIssuerMetadata.parse(response.body());
			return metadata.isFor(iss) ? new Cached(metadata, Instant.now()) : null;
		} catch (IOException | MalformedIssuerMetadataException | IllegalArgumentException ex) {
			return null;
		}
	}
}
