package org.consentlab.credential.verify;

import com.nimbusds.jose.jwk.JWK;
import java.util.Optional;

/**
 * Where a verifier finds an issuer's public key, given the credential's {@code iss} and the
 * issuer-signed JWT's {@code kid} (RFC 9901 §7.1 step 2: the key must belong to that issuer; SD-JWT VC
 * §5: an issuer publishes its keys in its JWT VC Issuer Metadata). The credential core reads both
 * values from the token it parses and asks this port, so a caller hands over the raw presentation
 * once and never parses it itself.
 */
@FunctionalInterface
public interface IssuerKeyResolver {

	/**
	 * The public key issuer {@code iss} publishes under {@code kid}, or its only key when {@code kid}
	 * is null; empty when there is none or it cannot be fetched.
	 */
	Optional<JWK> key(String iss, String kid);
}
