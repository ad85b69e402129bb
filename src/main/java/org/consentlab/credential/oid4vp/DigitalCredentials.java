package org.consentlab.credential.oid4vp;

/**
 * The member names of the W3C Digital Credentials API (W3C Working Draft, §2 and §3) that a page
 * passes to {@code navigator.credentials.get} and reads back from a {@code DigitalCredential}:
 * {@code {digital: {requests: [{protocol, data}]}}} in, {@code {protocol, data}} out. Written once,
 * like the OpenID4VP names in {@link Oid4vp}.
 */
public final class DigitalCredentials {

	/** §2.1 {@code CredentialRequestOptions.digital}. */
	public static final String DIGITAL = "digital";

	/** §2.2 {@code DigitalCredentialRequestOptions.requests}. */
	public static final String REQUESTS = "requests";

	/** §2.3 {@code DigitalCredentialGetRequest.protocol}, §3 {@code DigitalCredential.protocol}. */
	public static final String PROTOCOL = "protocol";

	/** §2.3 {@code DigitalCredentialGetRequest.data}, §3 {@code DigitalCredential.data}. */
	public static final String DATA = "data";

	private DigitalCredentials() {}
}
