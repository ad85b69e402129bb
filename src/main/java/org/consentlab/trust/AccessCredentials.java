package org.consentlab.trust;

import java.security.PrivateKey;
import org.consentlab.credential.oid4vp.ClientId;
import org.consentlab.credential.x509.CertificateChain;

/**
 * What a verifier signs its requests with: the key of its access certificate and the chain that
 * goes into {@code x5c}.
 */
public record AccessCredentials(PrivateKey key, CertificateChain chain) {

	/** The {@code x509_hash:} client identifier these credentials prove (OpenID4VP 1.0 §5.9.3). */
	public ClientId clientId() {
		return ClientId.x509Hash(chain);
	}

	@Override
	public String toString() {
		return "AccessCredentials[" + clientId() + "]";
	}
}
