package org.consentlab.credential.verify;

import com.nimbusds.jose.jwk.JWK;
import java.util.Optional;

/**
 * The issuer's other published keys, by {@code kid}. After a key rotation the issuer signs its
 * Status List Token (Token Status List §5.1) with its newest key, while older credentials still
 * carry the old one; the verifier then finds the list's key among the issuer's own keys, for
 * example in its JWT VC Issuer Metadata (SD-JWT VC §5).
 */
@FunctionalInterface
public interface IssuerKeys {

	/** The issuer's public key with this {@code kid}, or empty when the issuer publishes none. */
	Optional<JWK> byKeyId(String kid);
}
