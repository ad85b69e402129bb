package org.consentlab.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The OpenID4VP request is shown decoded beside the percent-encoded form a wallet receives. */
class RequestParameterTests {

	@Test
	void ofWhenPercentEncodedThenEachParameterDecodedInOrder() {
		var parameters = RequestParameter.of(
				"openid4vp://?client_id=redirect_uri%3Ahttp%3A%2F%2F127.0.0.1%2Fv&dcql_query=%7B%22credentials%22%3A%5B%5D%7D&flag");
		assertThat(parameters)
				.containsExactly(
						new RequestParameter("client_id", "redirect_uri:http://127.0.0.1/v"),
						new RequestParameter("dcql_query", "{\"credentials\":[]}"),
						new RequestParameter("flag", ""));
		assertThat(RequestParameter.of("openid4vp://")).isEmpty();
	}
}
