package org.consentlab.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QrCodesTests {

	@Test
	void dataUriWhenTextFitsThenPngAndWhenTooLongThenEmpty() {
		assertThat(QrCodes.dataUri("openid4vp://?client_id=x509_hash%3Aabc&request_uri=https%3A%2F%2Fh%2Fr"))
				.hasValueSatisfying(uri -> assertThat(uri).startsWith("data:image/png;base64,"));
		// a Cyrillic name percent-encoded takes six bytes a letter: 600 letters pass the 2,953-byte limit
		String name = java.net.URLEncoder.encode("Ж".repeat(600), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(QrCodes.dataUri("openid4vp://?verifier_info=" + name)).isEmpty();
	}
}
