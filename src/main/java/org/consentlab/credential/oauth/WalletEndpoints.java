package org.consentlab.credential.oauth;

import java.util.Objects;

/**
 * Where a wallet takes requests: its credential offer endpoint (OpenID4VCI 1.0 §4.1, §12.1) and its
 * authorization endpoint for presentation requests (OpenID4VP 1.0 §5, §10). An issuer or verifier
 * builds its links from these, without knowing the wallet's code.
 */
public record WalletEndpoints(String credentialOfferEndpoint, String authorizationEndpoint) {

	public WalletEndpoints {
		Objects.requireNonNull(credentialOfferEndpoint, "credentialOfferEndpoint");
		Objects.requireNonNull(authorizationEndpoint, "authorizationEndpoint");
	}
}
