package org.consentlab.credential.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.nimbusds.jose.util.Base64URL;
import java.time.Duration;
import org.consentlab.credential.TestCredentials;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.junit.jupiter.api.Test;

/** The hostile inputs the issue names, each a typed rejection well within a second. */
class HostileInputTests {

	private static final SdJwtVerifier VERIFIER =
			new SdJwtVerifier(TestCredentials.policy().build());

	@Test
	void verifyWhenMegabyteOfTildesThenTokenTooLarge() {
		assertCode("~".repeat(1 << 20), VerificationErrorCode.TOKEN_TOO_LARGE);
	}

	@Test
	void verifyWhenTenThousandDisclosuresThenTooManyDisclosures() {
		String jwt = TestCredentials.credential().issuerSignedJwt().compact();
		assertCode(jwt + "~WyJzIiwgMV0".repeat(10_000) + "~", VerificationErrorCode.TOO_MANY_DISCLOSURES);
	}

	@Test
	void verifyWhenPayloadNestedThousandDeepThenJsonTooDeep() {
		String payload = Base64URL.encode("{\"a\": " + "[".repeat(1000) + "]".repeat(1000) + "}")
				.toString();
		String header = Base64URL.encode("{\"alg\": \"ES256\"}").toString();
		assertCode(header + "." + payload + ".c2ln~", VerificationErrorCode.JSON_TOO_DEEP);
	}

	@Test
	void verifyWhenBadBase64OrBadJsonThenMalformed() {
		assertCode("%%%.%%%.%%%~", VerificationErrorCode.MALFORMED_ISSUER_JWT);
		assertCode(Base64URL.encode("not json") + ".e30.c2ln~", VerificationErrorCode.MALFORMED_ISSUER_JWT);
	}

	private static void assertCode(String input, VerificationErrorCode code) {
		VerificationResult result = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> VERIFIER.verify(input));
		assertThat(result.errors()).extracting((error) -> error.code()).containsExactly(code);
	}
}
