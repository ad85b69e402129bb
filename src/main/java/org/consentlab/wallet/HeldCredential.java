package org.consentlab.wallet;

import com.nimbusds.jose.jwk.JWK;
import java.time.Instant;
import org.consentlab.credential.jose.Jwks;
import org.consentlab.credential.sdjwt.SdJwt;

/**
 * A credential in a learner's wallet: the SD-JWT VC as the issuer sent it (all disclosures), the
 * private holder key its {@code cnf} names, and the protocol messages that brought it. A one-time
 * credential of a batch (OpenID4VCI 1.0 §8.2) has a {@code batchKey} shared with its siblings, and
 * {@code usedAt} once it was shown.
 */
public record HeldCredential(
		long id,
		long accountId,
		String issuer,
		String vct,
		String sdJwt,
		String holderJwk,
		String trace,
		Instant receivedAt,
		String batchKey,
		Instant usedAt) {

	public boolean inBatch() {
		return batchKey != null;
	}

	public boolean used() {
		return usedAt != null;
	}

	public SdJwt parsed() {
		return SdJwt.parse(sdJwt);
	}

	public String link() {
		return WalletRoutes.credential(id);
	}

	public String deleteLink() {
		return WalletRoutes.DELETE.replace("{id}", String.valueOf(id));
	}

	JWK holderKey() {
		return Jwks.parse(holderJwk);
	}
}
