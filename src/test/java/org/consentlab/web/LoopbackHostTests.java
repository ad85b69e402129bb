package org.consentlab.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A link the browser follows to a page of this app keeps the host the learner came in on: the
 * public URL in a protocol message becomes a path, so 127.0.0.1 never jumps to localhost.
 */
class LoopbackHostTests {

	@Test
	void onThisHostWhenOwnPublicUrlThenPathOnly() {
		Loopback loopback = new Loopback("http://class.example:8080/", new WebProperties(65_536, 5, 15, 50), null);
		assertThat(loopback.onThisHost("http://class.example:8080/verifiers/bar/transactions/3"))
				.isEqualTo("/verifiers/bar/transactions/3");
		assertThat(loopback.onThisHost("https://elsewhere.example/x")).isEqualTo("https://elsewhere.example/x");
		assertThat(loopback.onThisHost("http://class.example:8080.evil.example/x"))
				.isEqualTo("http://class.example:8080.evil.example/x");
		assertThat(loopback.onThisHost(null)).isNull();
	}
}
