package org.consentlab.credential.sdjwt;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.TestSalts;
import org.consentlab.credential.TestVectors;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.verify.SdJwtVerifier;
import org.consentlab.credential.verify.VerificationPolicy;
import org.consentlab.credential.verify.VerificationResult;
import org.junit.jupiter.api.Test;

/** The examples of RFC 9901 §5 and Appendix A.5, replayed verbatim. */
class Rfc9901ExamplesTests {

	private static final String ISSUANCE = TestVectors.line("rfc9901/section-5.1-issuance.txt");

	private static final String PRESENTATION = TestVectors.line("rfc9901/section-5.2-presentation.txt");

	private static final List<String[]> DISCLOSURES = TestVectors.rows("rfc9901/section-5.1-disclosures.tsv");

	private static final JWK ISSUER_KEY = TestVectors.jwk("rfc9901/appendix-a.5-issuer-key.jwk.json");

	private static final JWK HOLDER_KEY = TestVectors.jwk("rfc9901/appendix-a.5-holder-key.jwk.json");

	@Test
	void parseWhenRfcDisclosuresThenDigestsAndContentsMatchByteForByte() {
		for (String[] row : DISCLOSURES) {
			Disclosure disclosure = Disclosure.parse(row[0], 32);
			assertThat(disclosure.digest(HashAlgorithm.SHA_256).value()).isEqualTo(row[1]);
			assertThat(disclosure.encoded()).isEqualTo(row[0]);
			assertThat(Json.write(disclosure.contents())).isEqualTo(row[2]);
		}
	}

	@Test
	void issueWhenRfcClaimsAndSaltsThenDisclosuresAndDigestsMatchByteForByte() {
		List<String> salts = new ArrayList<>();
		DISCLOSURES.forEach(
				(row) -> salts.add((String) Json.parseArray(row[2], 4, null).get(0)));
		SdJwtIssuer issuer = SdJwtIssuer.builder(ISSUER_KEY)
				.type("example+sd-jwt")
				.saltSource(TestSalts.of(salts.toArray(String[]::new)))
				.build();
		List<ClaimPath> disclosable = paths(
				"given_name",
				"family_name",
				"email",
				"phone_number",
				"phone_number_verified",
				"address",
				"birthdate",
				"updated_at",
				"nationalities[]");

		SdJwt issued = issuer.issue(TestVectors.json("rfc9901/section-5-claims.json"), disclosable, HOLDER_KEY);

		assertThat(issued.disclosures())
				.extracting(Disclosure::encoded)
				.containsExactlyElementsOf(
						DISCLOSURES.stream().map((row) -> row[0]).toList());
		Map<String, Object> rfcPayload = SdJwt.parse(ISSUANCE).payload();
		assertThat(issued.payload().get("_sd")).isEqualTo(rfcPayload.get("_sd"));
		assertThat(issued.payload().get("nationalities")).isEqualTo(rfcPayload.get("nationalities"));
		assertThat(issued.payload().get("cnf")).isEqualTo(rfcPayload.get("cnf"));
	}

	@Test
	void serializeWhenParsedRfcExamplesThenSameText() {
		assertThat(SdJwt.parse(ISSUANCE).serialize()).isEqualTo(ISSUANCE);
		assertThat(SdJwt.parse(PRESENTATION).serialize()).isEqualTo(PRESENTATION);
	}

	@Test
	void verifyWhenRfcIssuanceThenProcessedPayloadOfSection51() {
		VerificationResult result = verifier(false).verify(ISSUANCE);

		assertThat(result.errors()).isEmpty();
		Map<String, Object> claims = ((VerificationResult.Verified) result).claims();
		assertThat(claims)
				.containsEntry("given_name", "John")
				.containsEntry("updated_at", 1570000000L)
				.containsEntry("nationalities", List.of("US", "DE"))
				.containsEntry("phone_number_verified", true)
				.doesNotContainKeys("_sd", "_sd_alg");
		assertThat(claims.get("address"))
				.isEqualTo(Map.of(
						"street_address", "123 Main St", "locality", "Anytown", "region", "Anystate", "country", "US"));
	}

	@Test
	void verifyWhenRfcPresentationWithKeyBindingThenOnlyChosenClaimsAndSdHashMatches() {
		VerificationResult result = verifier(true).verify(PRESENTATION);

		assertThat(result.errors()).isEmpty();
		VerificationResult.Verified verified = (VerificationResult.Verified) result;
		assertThat(verified.claims())
				.containsKeys("family_name", "address", "given_name", "iss", "sub")
				.doesNotContainKeys("email", "birthdate", "phone_number")
				.containsEntry("nationalities", List.of("US"));
		assertThat(verified.disclosedPaths())
				.extracting(ClaimPath::toString)
				.containsExactlyInAnyOrder("family_name", "address", "given_name", "nationalities[0]");
		SdJwt presentation = SdJwt.parse(PRESENTATION);
		assertThat(HashAlgorithm.SHA_256.digest(presentation.serializeWithoutKeyBinding()))
				.isEqualTo("0_Af-2B-EhLWX5ydh_w2xzwmO6iM66B_2QCEanI4fUY");
	}

	@Test
	void presentWhenRfcCredentialAndSection52ChoiceThenSameDisclosuresAsRfc() {
		SdJwt chosen = Presentation.select(
				SdJwt.parse(ISSUANCE), paths("family_name", "address", "given_name", "nationalities[0]"), 32);

		assertThat(chosen.disclosures())
				.extracting(Disclosure::encoded)
				.containsExactlyInAnyOrderElementsOf(SdJwt.parse(PRESENTATION).disclosures().stream()
						.map(Disclosure::encoded)
						.toList());
	}

	private static SdJwtVerifier verifier(boolean requireKeyBinding) {
		return new SdJwtVerifier(VerificationPolicy.builder(ISSUER_KEY.toPublicJWK())
				.plainSdJwt("example+sd-jwt")
				.requireKeyBinding(requireKeyBinding)
				.expectedNonce("1234567890")
				.expectedAudience("https://verifier.example.org")
				.clock(TestVectors.clockAt(TestVectors.RFC9901_NOW))
				.provider(CryptoProvider.JDK)
				.build());
	}

	static List<ClaimPath> paths(String... paths) {
		return java.util.Arrays.stream(paths).map(ClaimPath::parse).toList();
	}
}
