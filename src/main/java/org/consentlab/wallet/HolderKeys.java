package org.consentlab.wallet;

import com.nimbusds.jose.jwk.JWK;
import java.util.Optional;

/**
 * The narrow door to a learner's holder keys for the inspector's attacks (lab L9): a dishonest
 * wallet signs a fresh Key Binding JWT (RFC 9901 §4.3) with the key its own credential binds, so
 * the tampered presentation fails only at the check it aims at. Nothing else of the wallet is shown.
 */
public interface HolderKeys {

	/**
	 * The private holder key of the learner's credential whose issuer-signed JWT is
	 * {@code issuerSignedJwt} (compact form); empty when no credential of theirs has it.
	 */
	Optional<JWK> holderKey(long accountId, String issuerSignedJwt);
}
