package org.consentlab.credential.status;

import java.io.IOException;

/**
 * How a verifier obtains the Status List Token at a reference's {@code uri} (Token Status List §8).
 * The application supplies an HTTP fetcher; tests a local one. A fetcher does not check the
 * signature: the verifier does, with the issuer's key.
 */
@FunctionalInterface
public interface StatusListFetcher {

	/**
	 * The Status List Token published at {@code uri}; {@link IOException} when it cannot be had,
	 * {@link org.consentlab.credential.jose.MalformedCredentialException} when it is not one.
	 */
	StatusListToken fetch(String uri) throws IOException;
}
