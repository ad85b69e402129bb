package org.consentlab.credential.verify;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jwk.JWK;
import java.util.Optional;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.jose.Signatures;

/**
 * The key a credential is checked against, with the algorithm taken from it (RFC 9901 §7.1 step
 * 2), and the issuer's other keys for a Status List Token signed after a key rotation.
 *
 * @param others the issuer's other keys by {@code kid}, or null to accept only {@code jwk}
 */
record IssuerKey(JWK jwk, JWSAlgorithm algorithm, JWSVerifier verifier, IssuerKeys others) {

	/** Throws {@link IllegalArgumentException} when {@code jwk} is not a usable public key. */
	static IssuerKey of(JWK jwk, CryptoProvider provider, IssuerKeys others) {
		return new IssuerKey(jwk, Signatures.algorithmFor(jwk), Signatures.verifier(jwk, provider), others);
	}

	/** The issuer's key named {@code kid}: this one, or another it publishes. */
	Optional<JWK> byKeyId(String kid) {
		if (kid == null || kid.equals(this.jwk.getKeyID())) {
			return Optional.of(this.jwk);
		}
		return (this.others != null) ? this.others.byKeyId(kid) : Optional.empty();
	}
}
