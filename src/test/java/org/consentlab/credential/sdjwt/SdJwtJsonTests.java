package org.consentlab.credential.sdjwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.TestCredentials;
import org.consentlab.credential.TestVectors;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.spec.VerificationError;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.consentlab.credential.verify.SdJwtVerifier;
import org.consentlab.credential.verify.VerificationPolicy;
import org.consentlab.credential.verify.VerificationResult;
import org.junit.jupiter.api.Test;

/** The JWS JSON Serialization of RFC 9901 §8: round trips, verification, the RFC's examples, hostile input. */
class SdJwtJsonTests {

	private static final String PRESENTATION = TestCredentials.presentation("given_name", "address.locality");

	private static final SdJwtVerifier VERIFIER =
			new SdJwtVerifier(TestCredentials.policy().requireKeyBinding(true).build());

	/** The §8.2 and §8.3 examples as printed, their strings folded over lines; the fold is whitespace. */
	private static final String RFC_FLATTENED = unfold(TestVectors.text("rfc9901/section-8.2-flattened-kb.json"));

	private static final String RFC_GENERAL = unfold(TestVectors.text("rfc9901/section-8.3-general.json"));

	@Test
	void toCompactWhenJsonOfPresentationWithKeyBindingThenSameCompactText() {
		SdJwtJson json = SdJwtJson.fromCompact(SdJwt.parse(PRESENTATION));

		String text = json.serialize();

		assertThat(text).startsWith("{").contains("\"kb_jwt\"").doesNotContain("~");
		SdJwtJson parsed = SdJwtJson.parse(text);
		assertThat(parsed.general()).isFalse();
		assertThat(parsed.toCompact()).isEqualTo(PRESENTATION);
		assertThat(parsed.serialize()).isEqualTo(text);
		assertThat(parsed.sdJwt().disclosures())
				.hasSize(SdJwt.parse(PRESENTATION).disclosures().size())
				.isNotEmpty();
	}

	@Test
	void verifyWhenJsonFormThenSameClaimsAsCompactForm() {
		String json = SdJwtJson.fromCompact(SdJwt.parse(PRESENTATION)).serialize();

		VerificationResult compact = VERIFIER.verify(PRESENTATION);
		VerificationResult fromJson = VERIFIER.verify("\n  " + json);

		assertThat(compact.errors()).isEmpty();
		assertThat(fromJson.errors()).isEmpty();
		assertThat(((VerificationResult.Verified) fromJson).claims())
				.isEqualTo(((VerificationResult.Verified) compact).claims())
				.containsKey("given_name");
	}

	@Test
	void verifyWhenDisclosureReplacedThenSameCodesAsCompactForm() {
		String original = SdJwt.parse(PRESENTATION).disclosures().get(0).encoded();
		String foreign = ObjectPropertyDisclosure.create("s-foreign", "given_name", "Mallory")
				.encoded();
		String json = SdJwtJson.fromCompact(SdJwt.parse(PRESENTATION)).serialize();

		List<VerificationErrorCode> fromCompact = codes(VERIFIER.verify(PRESENTATION.replace(original, foreign)));
		List<VerificationErrorCode> fromJson = codes(VERIFIER.verify(json.replace(original, foreign)));

		assertThat(fromJson)
				.isEqualTo(fromCompact)
				.contains(VerificationErrorCode.UNREFERENCED_DISCLOSURE, VerificationErrorCode.SD_HASH_MISMATCH);
	}

	@Test
	void verifyWhenOtherHeaderMemberAddedThenStillVerified() {
		// §8.1: unprotected headers other than disclosures are covered by nothing; they change no result.
		SdJwtJson json = SdJwtJson.parse(SdJwtJson.fromCompact(SdJwt.parse(PRESENTATION))
				.serialize()
				.replace("\"header\": {", "\"header\": {\"kid\": \"k-1\", "));

		assertThat(json.otherHeader()).containsEntry("kid", "k-1");
		assertThat(VERIFIER.verify(json.serialize()).errors()).isEmpty();
	}

	@Test
	void verifyWhenRfcFlattenedExampleWithKeyBindingThenVerifiedAndSdHashOverCompactForm() {
		SdJwtJson json = SdJwtJson.parse(RFC_FLATTENED);

		assertThat(json.general()).isFalse();
		assertThat(json.sdJwt().disclosures()).hasSize(2);
		assertThat(HashAlgorithm.SHA_256.digest(json.sdJwt().serializeWithoutKeyBinding()))
				.isEqualTo(json.sdJwt().keyBindingJwt().claim("sd_hash"))
				.isEqualTo("VjtPsgZpQTRxKJvDpSJ-nXlZKE9Z9LgD4FyCwwoNMRw");
		VerificationResult result = rfcVerifier().verify(RFC_FLATTENED);
		assertThat(result.errors()).isEmpty();
		assertThat(((VerificationResult.Verified) result).claims())
				.containsEntry("given_name", "John")
				.containsEntry("family_name", "Doe")
				.doesNotContainKeys("birthdate", "sub");
		assertThat(rfcVerifier().verify(json.toCompact()).errors()).isEmpty();
	}

	@Test
	void verifyWhenRfcGeneralExampleThenFirstSignatureCarriesDisclosuresAndKeyBinding() {
		SdJwtJson json = SdJwtJson.parse(RFC_GENERAL);

		assertThat(json.general()).isTrue();
		assertThat(json.otherHeader()).isEqualTo(Map.of("kid", "issuer-key-1"));
		assertThat(json.otherSignatures()).hasSize(1);
		assertThat(HashAlgorithm.SHA_256.digest(json.sdJwt().serializeWithoutKeyBinding()))
				.isEqualTo("qbyIWP3phVgxEsDRiwdw9W6BJ3dxiPLumcYpPbu4Eb8");
		VerificationResult result = rfcVerifier().verify(RFC_GENERAL);
		assertThat(result.errors()).isEmpty();
		assertThat(((VerificationResult.Verified) result).claims()).containsEntry("given_name", "John");
		SdJwtJson again = SdJwtJson.parse(json.serialize());
		assertThat(again.toCompact()).isEqualTo(json.toCompact());
		assertThat(again.otherSignatures()).isEqualTo(json.otherSignatures());
		assertThat(again.otherHeader()).isEqualTo(json.otherHeader());
		assertThat(again.serialize()).isEqualTo(json.serialize());
	}

	@Test
	void verifyWhenRfcGeneralExampleHasDisclosuresInSecondSignatureThenRejected() {
		// The disclosures belong to the first signature only (§8.3).
		String swapped = RFC_GENERAL.replace("\"kid\":\"issuer-key-2\"", "\"kid\":\"issuer-key-2\",\"disclosures\":[]");

		assertThat(codes(rfcVerifier().verify(swapped))).containsExactly(VerificationErrorCode.MALFORMED_SD_JWT);
	}

	@Test
	void parseWhenMalformedThenTypedCodes() {
		String valid = SdJwtJson.fromCompact(SdJwt.parse(PRESENTATION)).serialize();
		Map<String, VerificationErrorCode> cases = new java.util.LinkedHashMap<>();
		cases.put("{", VerificationErrorCode.MALFORMED_SD_JWT);
		cases.put("{}", VerificationErrorCode.MALFORMED_SD_JWT);
		cases.put(
				"{\"payload\": 1, \"protected\": \"e30\", \"signature\": \"\"}",
				VerificationErrorCode.MALFORMED_SD_JWT);
		cases.put("{\"payload\": \"e30\", \"signatures\": []}", VerificationErrorCode.MALFORMED_SD_JWT);
		cases.put("{\"payload\": \"e30\", \"signatures\": [1]}", VerificationErrorCode.MALFORMED_SD_JWT);
		cases.put(valid.replace("\"payload\"", "\"extra\": 1, \"payload\""), VerificationErrorCode.MALFORMED_SD_JWT);
		cases.put(
				valid.replace("\"header\": {", "\"header\": {\"alg\": \"ES256\", "),
				VerificationErrorCode.MALFORMED_SD_JWT);
		cases.put(valid.replace("\"disclosures\": [", "\"disclosures\": [1, "), VerificationErrorCode.MALFORMED_SD_JWT);
		cases.put(
				valid.replace("\"disclosures\": [", "\"disclosures\": [\"a~b\", "),
				VerificationErrorCode.MALFORMED_DISCLOSURE);
		cases.put(
				valid.replaceFirst("\"kb_jwt\": \"[^\"]*\"", "\"kb_jwt\": 7"), VerificationErrorCode.MALFORMED_SD_JWT);
		cases.put(
				valid.replaceFirst("\"kb_jwt\": \"[^\"]*\"", "\"kb_jwt\": \"a.b\""),
				VerificationErrorCode.MALFORMED_KB_JWT);
		cases.put(
				valid.replaceFirst("\"protected\": \"", "\"protected\": \"x."),
				VerificationErrorCode.MALFORMED_ISSUER_JWT);
		cases.put("{\"a\": " + "[".repeat(40) + "]".repeat(40) + "}", VerificationErrorCode.JSON_TOO_DEEP);
		cases.put("{\"a\": \"" + "x".repeat(300_000) + "\"}", VerificationErrorCode.TOKEN_TOO_LARGE);
		cases.put(
				valid.replace("\"disclosures\": [", "\"disclosures\": [" + "\"e30\", ".repeat(1001)),
				VerificationErrorCode.TOO_MANY_DISCLOSURES);
		cases.forEach((text, code) -> {
			assertThatThrownBy(() -> SdJwtJson.parse(text))
					.as(text.substring(0, Math.min(80, text.length())))
					.isInstanceOfSatisfying(
							MalformedCredentialException.class,
							(ex) -> assertThat(ex.code()).isEqualTo(code));
			assertThat(codes(VERIFIER.verify(text))).containsExactly(code);
		});
	}

	private static SdJwtVerifier rfcVerifier() {
		JWK issuerKey = TestVectors.jwk("rfc9901/appendix-a.5-issuer-key.jwk.json");
		return new SdJwtVerifier(VerificationPolicy.builder(issuerKey.toPublicJWK())
				.plainSdJwt("example+sd-jwt")
				.requireKeyBinding(true)
				.expectedNonce("1234567890")
				.expectedAudience("https://verifier.example.org")
				.clock(TestVectors.clockAt(TestVectors.RFC9901_NOW))
				.provider(CryptoProvider.JDK)
				.build());
	}

	private static List<VerificationErrorCode> codes(VerificationResult result) {
		return result.errors().stream().map(VerificationError::code).toList();
	}

	/** Removes every whitespace character: the examples' JSON has none inside its names and values. */
	private static String unfold(String printed) {
		return printed.replaceAll("\\s+", "");
	}
}
