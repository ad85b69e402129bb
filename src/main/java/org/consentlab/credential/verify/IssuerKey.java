package org.consentlab.credential.verify;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jwk.JWK;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.jose.Signatures;

/**
 * The key a credential is checked against, with the algorithm taken from it (RFC 9901 §7.1 step
 * 2), and the issuer's other keys for a Status List Token signed after a key rotation.
 *
 * <p>A verifier that resolves keys per token makes an {@code IssuerKey} for every presentation,
 * always from the same few issuer keys. Their verifiers are kept by the key's whole value (every
 * member, not its {@code kid}): preparing one checks the point on its curve and converts it to the
 * provider's form, and the provider keeps its precomputed multiples with that form, so a reused
 * verifier is several times cheaper per signature. A rotated key, even under the old {@code kid},
 * is another value and gets its own verifier at once; nothing is ever looked up by name.
 *
 * @param others the issuer's other keys by {@code kid}, or null to accept only {@code jwk}
 */
record IssuerKey(JWK jwk, JWSAlgorithm algorithm, JWSVerifier verifier, IssuerKeys others) {

	/** Prepared verifiers kept; past this many (keys that a learner supplies, say) the store starts afresh. */
	static final int MAX_PREPARED = 256;

	private static final Map<Prepared.Id, Prepared> PREPARED = new ConcurrentHashMap<>();

	/** A public key's algorithm and verifier, made once per key value and provider. */
	private record Prepared(JWSAlgorithm algorithm, JWSVerifier verifier) {

		record Id(JWK publicKey, CryptoProvider provider) {}

		static Prepared of(Id id) {
			return new Prepared(
					Signatures.algorithmFor(id.publicKey()), Signatures.verifier(id.publicKey(), id.provider()));
		}
	}

	/** Throws {@link IllegalArgumentException} when {@code jwk} is not a usable public key. */
	static IssuerKey of(JWK jwk, CryptoProvider provider, IssuerKeys others) {
		Prepared prepared = prepared(jwk.isPrivate() ? jwk.toPublicJWK() : jwk, provider);
		return new IssuerKey(jwk, prepared.algorithm(), prepared.verifier(), others);
	}

	/** How many prepared verifiers are kept (tests). */
	static int preparedCount() {
		return PREPARED.size();
	}

	private static Prepared prepared(JWK publicKey, CryptoProvider provider) {
		Prepared.Id id = new Prepared.Id(publicKey, provider);
		Prepared known = PREPARED.get(id);
		if (known != null) {
			return known;
		}
		// made outside the map's lock; an unusable key throws and leaves nothing behind
		Prepared made = Prepared.of(id);
		if (PREPARED.size() >= MAX_PREPARED) {
			PREPARED.clear();
		}
		Prepared raced = PREPARED.putIfAbsent(id, made);
		return raced != null ? raced : made;
	}

	/** The issuer's key named {@code kid}: this one, or another it publishes. */
	Optional<JWK> byKeyId(String kid) {
		if (kid == null || kid.equals(this.jwk.getKeyID())) {
			return Optional.of(this.jwk);
		}
		return (this.others != null) ? this.others.byKeyId(kid) : Optional.empty();
	}
}
