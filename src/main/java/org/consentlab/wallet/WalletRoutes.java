package org.consentlab.wallet;

import org.consentlab.credential.oauth.WalletEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every path of the wallet, named once; templates get them from the model. */
public final class WalletRoutes {

	public static final String HOME = "/wallet";

	public static final String CREDENTIAL = "/wallet/credentials/{id}";

	public static final String DELETE = "/wallet/credentials/{id}/delete";

	/**
	 * The wallet's credential offer endpoint (OpenID4VCI 1.0 §4.1): an issuer's offer arrives here
	 * with a {@code credential_offer} parameter; GET shows it, POST accepts it.
	 */
	public static final String OFFERS = "/wallet/offers";

	/**
	 * Where an OpenID4VP 1.0 authorization request arrives (§5): GET shows the consent screen, POST
	 * sends the presentation or the refusal to the verifier's response URI.
	 */
	public static final String REQUESTS = "/wallet/requests";

	private WalletRoutes() {}

	/** The wallet's endpoints as issuers and verifiers link to them, without knowing this class. */
	@Configuration(proxyBeanMethods = false)
	static class Endpoints {

		@Bean
		WalletEndpoints walletEndpoints() {
			return new WalletEndpoints(OFFERS, REQUESTS);
		}
	}

	public static String credential(long id) {
		return CREDENTIAL.replace("{id}", String.valueOf(id));
	}
}
