package org.consentlab.credential.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ResourceBundle;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.junit.jupiter.api.Test;

class ExplanationsTests {

	@Test
	void explanationWhenAnyCodeThenOneNonEmptyParagraph() {
		for (VerificationErrorCode code : VerificationErrorCode.values()) {
			assertThat(Explanations.of(code)).as(code.messageKey()).isNotBlank().doesNotContain("\n");
		}
	}

	@Test
	void bundleWhenReadThenNoKeyWithoutACode() {
		ResourceBundle bundle = ResourceBundle.getBundle(Explanations.BUNDLE);
		for (String key : bundle.keySet()) {
			String code = key.substring("credential.error.".length());
			assertThat(VerificationErrorCode.valueOf(code).messageKey()).isEqualTo(key);
		}
	}
}
