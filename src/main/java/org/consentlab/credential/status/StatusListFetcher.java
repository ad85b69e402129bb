package org.consentlab.credential.status;

import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;

/**
 * How a verifier obtains the Status List Token at a reference's {@code uri} (Token Status List §8).
 * The application supplies an HTTP fetcher; tests a local one. A fetcher does not check the
 * signature: the verifier does, with the issuer's key. A fetcher that keeps tokens may also keep
 * which key each kept token was found signed with, so that the verifier checks a list's signature
 * once per fetch rather than once per presentation.
 */
@FunctionalInterface
public interface StatusListFetcher {

	/**
	 * The Status List Token published at {@code uri}; {@link IOException} when it cannot be had,
	 * {@link org.consentlab.credential.jose.MalformedCredentialException} when it is not one.
	 */
	StatusListToken fetch(String uri) throws IOException;

	/**
	 * True when {@code token}, this very instance as this fetcher returned it for {@code uri}, was
	 * already found signed by {@code key}. A fetcher that keeps nothing knows nothing: false.
	 */
	default boolean knownSignedBy(String uri, StatusListToken token, JWK key) {
		return false;
	}

	/** Notes that the verifier found {@code token}, fetched from {@code uri}, signed by {@code key}. */
	default void foundSignedBy(String uri, StatusListToken token, JWK key) {}
}
