package org.consentlab.credential.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consentlab.credential.TestCredentials.HOLDER_KEY;
import static org.consentlab.credential.TestCredentials.ISSUER_KEY;
import static org.consentlab.credential.TestCredentials.NOW;
import static org.consentlab.credential.TestCredentials.paths;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consentlab.credential.TestCredentials;
import org.consentlab.credential.jose.Base64Url;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.jose.Jwks;
import org.consentlab.credential.jose.ParsedJws;
import org.consentlab.credential.sdjwt.ArrayElementDisclosure;
import org.consentlab.credential.sdjwt.HashAlgorithm;
import org.consentlab.credential.sdjwt.KeyBindingJwt;
import org.consentlab.credential.sdjwt.ObjectPropertyDisclosure;
import org.consentlab.credential.sdjwt.ParseLimits;
import org.consentlab.credential.sdjwt.Presentation;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.sdjwt.SdJwtIssuer;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.consentlab.credential.status.StatusList;
import org.consentlab.credential.status.StatusListToken;
import org.consentlab.credential.status.StatusReference;
import org.junit.jupiter.api.Test;

/**
 * One rejection per {@link VerificationErrorCode}, each asserting the code (never a message). A
 * test method ends in {@code Then<Code>}; {@link #everyCodeHasARejectionTest()} keeps the list complete.
 */
class SdJwtVerifierRejectionTests {

	private static final ObjectPropertyDisclosure GIVEN_NAME =
			ObjectPropertyDisclosure.create("s1", "given_name", "Erika");

	private static final ArrayElementDisclosure NATIONALITY = ArrayElementDisclosure.create("s2", "DE");

	@Test
	void everyCodeHasARejectionTest() {
		List<String> names = Arrays.stream(getClass().getDeclaredMethods())
				.map(Method::getName)
				.toList();
		for (VerificationErrorCode code : VerificationErrorCode.values()) {
			assertThat(names).as("a test for %s", code).anyMatch((name) -> name.endsWith("Then" + camel(code)));
		}
	}

	@Test
	void verifyWhenLongerThanLimitThenTokenTooLarge() {
		VerificationPolicy policy =
				TestCredentials.policy().limits(new ParseLimits(100, 10, 10)).build();
		assertRejected(TestCredentials.presentation("given_name"), policy, VerificationErrorCode.TOKEN_TOO_LARGE);
	}

	@Test
	void verifyWhenTenThousandDisclosuresThenTooManyDisclosures() {
		assertRejected("x" + "~".repeat(10_001), VerificationErrorCode.TOO_MANY_DISCLOSURES);
	}

	@Test
	void verifyWhenDisclosureNestedThousandDeepThenJsonTooDeep() {
		String deep = Base64URL.encode("[\"s\", " + "[".repeat(1000) + "]".repeat(1000) + "]")
				.toString();
		assertRejected(credentialJwt() + "~" + deep + "~", VerificationErrorCode.JSON_TOO_DEEP);
	}

	@Test
	void verifyWhenNoSeparatorThenMalformedSdJwt() {
		assertRejected(credentialJwt(), VerificationErrorCode.MALFORMED_SD_JWT);
	}

	@Test
	void verifyWhenIssuerJwtIsNotAJwsThenMalformedIssuerJwt() {
		assertRejected("bm90IGEgSldT.e30.~", VerificationErrorCode.MALFORMED_ISSUER_JWT);
	}

	@Test
	void verifyWhenDisclosureIsNotBase64UrlOrNotAnArrayThenMalformedDisclosure() {
		assertRejected(credentialJwt() + "~!!~", VerificationErrorCode.MALFORMED_DISCLOSURE);
		assertRejected(
				credentialJwt() + "~" + Base64URL.encode("{}") + "~", VerificationErrorCode.MALFORMED_DISCLOSURE);
	}

	@Test
	void verifyWhenSdIsNotAnArrayThenMalformedDigest() {
		Map<String, Object> payload = vcPayload();
		payload.put("_sd", "not-an-array");
		assertRejected(TestCredentials.signed(payload, "dc+sd-jwt"), VerificationErrorCode.MALFORMED_DIGEST);
	}

	@Test
	void verifyWhenAlgNoneOrHmacThenUnsupportedAlgorithm() throws Exception {
		String none = Base64URL.encode("{\"alg\":\"none\"}") + "." + Base64URL.encode("{}") + ".~";
		assertRejected(none, VerificationErrorCode.UNSUPPORTED_ALGORITHM);
		JWSObject hmac = new JWSObject(new JWSHeader(JWSAlgorithm.HS256), new Payload(Json.write(vcPayload())));
		hmac.sign(new MACSigner(new byte[32]));
		assertRejected(hmac.serialize() + "~", VerificationErrorCode.UNSUPPORTED_ALGORITHM);
	}

	@Test
	void verifyWhenSignedWithAnotherAlgorithmThanTheTrustedKeysThenAlgorithmMismatch() {
		SdJwt es384 =
				SdJwtIssuer.builder(Jwks.generate(JWSAlgorithm.ES384)).build().issue(vcPayload(), List.of(), null);
		assertRejected(es384.serialize(), VerificationErrorCode.ALGORITHM_MISMATCH);
	}

	@Test
	void verifyWhenSignedByAnotherKeyThenSignatureInvalid() {
		SdJwt forged =
				SdJwtIssuer.builder(Jwks.generate(JWSAlgorithm.ES256)).build().issue(vcPayload(), List.of(), null);
		assertRejected(forged.serialize(), VerificationErrorCode.SIGNATURE_INVALID);
	}

	@Test
	void verifyWhenIssuerNotInTheTrustedListThenUntrustedIssuer() {
		VerificationPolicy policy = IssuerKeyResolutionTests.resolving(
						(iss, kid) -> Optional.of(ISSUER_KEY.toPublicJWK()))
				.trustedIssuers(List.of("https://another-issuer.example.org"))
				.build();
		assertRejected(TestCredentials.presentation("given_name"), policy, VerificationErrorCode.UNTRUSTED_ISSUER);
	}

	@Test
	void verifyWhenResolverKnowsNoKeyThenIssuerKeyUnavailable() {
		VerificationPolicy policy = IssuerKeyResolutionTests.resolving((iss, kid) -> Optional.empty())
				.build();
		assertRejected(
				TestCredentials.presentation("given_name"), policy, VerificationErrorCode.ISSUER_KEY_UNAVAILABLE);
	}

	@Test
	void verifyWhenTypIsNotAcceptedThenTypeNotAccepted() {
		assertRejected(TestCredentials.signed(vcPayload(), "example+sd-jwt"), VerificationErrorCode.TYPE_NOT_ACCEPTED);
	}

	@Test
	void verifyWhenTypIsVcSdJwtThenLegacyType() {
		assertRejected(TestCredentials.signed(vcPayload(), "vc+sd-jwt"), VerificationErrorCode.LEGACY_TYPE);
	}

	@Test
	void verifyWhenTypIsVcSdJwtAndPolicyAllowsItThenVerified() {
		String legacy = TestCredentials.signed(vcPayload(), "vc+sd-jwt");
		assertThat(verifier(TestCredentials.policy().allowLegacyType(true).build())
						.verify(legacy)
						.errors())
				.isEmpty();
	}

	@Test
	void verifyWhenSdAlgIsUnknownThenUnsupportedHashAlgorithm() {
		Map<String, Object> payload = vcPayload();
		payload.put("_sd_alg", "md5");
		assertRejected(TestCredentials.signed(payload, "dc+sd-jwt"), VerificationErrorCode.UNSUPPORTED_HASH_ALGORITHM);
	}

	@Test
	void verifyWhenDigestAppearsTwiceThenDuplicateDigest() {
		String digest = digest(GIVEN_NAME.encoded());
		Map<String, Object> payload = vcPayload();
		payload.put("_sd", List.of(digest, digest));
		assertRejected(
				TestCredentials.signed(payload, "dc+sd-jwt", GIVEN_NAME.encoded()),
				VerificationErrorCode.DUPLICATE_DIGEST);
	}

	@Test
	void verifyWhenDisclosureSentTwiceThenDuplicateDisclosure() {
		Map<String, Object> payload = vcPayload();
		payload.put("_sd", List.of(digest(GIVEN_NAME.encoded())));
		assertRejected(
				TestCredentials.signed(payload, "dc+sd-jwt", GIVEN_NAME.encoded(), GIVEN_NAME.encoded()),
				VerificationErrorCode.DUPLICATE_DISCLOSURE);
	}

	@Test
	void verifyWhenDisclosureNotReferencedThenUnreferencedDisclosure() {
		assertRejected(
				TestCredentials.signed(vcPayload(), "dc+sd-jwt", GIVEN_NAME.encoded()),
				VerificationErrorCode.UNREFERENCED_DISCLOSURE);
	}

	@Test
	void verifyWhenDisclosureNamesSdThenForbiddenClaimName() {
		String forbidden =
				Base64URL.encode(Json.write(List.of("s3", "_sd", "x"))).toString();
		Map<String, Object> payload = vcPayload();
		payload.put("_sd", List.of(digest(forbidden)));
		assertRejected(
				TestCredentials.signed(payload, "dc+sd-jwt", forbidden), VerificationErrorCode.FORBIDDEN_CLAIM_NAME);
	}

	@Test
	void verifyWhenDisclosedNameAlreadyPresentThenClaimNameConflict() {
		Map<String, Object> payload = vcPayload();
		payload.put("given_name", "Max");
		payload.put("_sd", List.of(digest(GIVEN_NAME.encoded())));
		assertRejected(
				TestCredentials.signed(payload, "dc+sd-jwt", GIVEN_NAME.encoded()),
				VerificationErrorCode.CLAIM_NAME_CONFLICT);
	}

	@Test
	void verifyWhenArrayElementDisclosureInSdThenArrayElementInObject() {
		Map<String, Object> payload = vcPayload();
		payload.put("_sd", List.of(digest(NATIONALITY.encoded())));
		assertRejected(
				TestCredentials.signed(payload, "dc+sd-jwt", NATIONALITY.encoded()),
				VerificationErrorCode.ARRAY_ELEMENT_IN_OBJECT);
	}

	@Test
	void verifyWhenObjectPropertyDisclosureInArrayThenObjectPropertyInArray() {
		Map<String, Object> payload = vcPayload();
		payload.put("nationalities", List.of(Map.of("...", digest(GIVEN_NAME.encoded()))));
		assertRejected(
				TestCredentials.signed(payload, "dc+sd-jwt", GIVEN_NAME.encoded()),
				VerificationErrorCode.OBJECT_PROPERTY_IN_ARRAY);
	}

	@Test
	void verifyWhenKeyBindingRequiredButAbsentThenKeyBindingMissing() {
		String withoutKb = Presentation.select(TestCredentials.credential(), paths("given_name"), 32)
				.serialize();
		assertRejected(
				withoutKb,
				TestCredentials.policy().requireKeyBinding(true).build(),
				VerificationErrorCode.KEY_BINDING_MISSING);
	}

	@Test
	void verifyWhenKbJwtButNoCnfThenKeyBindingWithoutCnf() {
		SdJwt unbound = TestCredentials.issuer().issue(TestCredentials.claims(), TestCredentials.DISCLOSABLE, null);
		assertRejected(
				TestCredentials.bind(unbound, HOLDER_KEY, NOW).serialize(),
				VerificationErrorCode.KEY_BINDING_WITHOUT_CNF);
	}

	@Test
	void verifyWhenCnfJwkIsNotAKeyThenCnfInvalid() {
		Map<String, Object> payload = vcPayload();
		payload.put("cnf", Map.of("jwk", Map.of("kty", "EC")));
		SdJwt sdJwt = SdJwt.parse(TestCredentials.signed(payload, "dc+sd-jwt"));
		assertRejected(TestCredentials.bind(sdJwt, HOLDER_KEY, NOW).serialize(), VerificationErrorCode.CNF_INVALID);
	}

	@Test
	void verifyWhenCnfJwkPointIsOffTheCurveThenCnfInvalid() {
		Map<String, Object> jwk = new LinkedHashMap<>(HOLDER_KEY.toPublicJWK().toJSONObject());
		byte[] y = Base64Url.decode((String) jwk.get("y"));
		y[y.length - 1] ^= 1;
		jwk.put("y", Base64Url.encode(y));
		Map<String, Object> payload = vcPayload();
		payload.put("cnf", Map.of("jwk", jwk));
		SdJwt sdJwt = SdJwt.parse(TestCredentials.signed(payload, "dc+sd-jwt"));
		for (CryptoProvider provider : CryptoProvider.values()) {
			assertRejected(
					TestCredentials.bind(sdJwt, HOLDER_KEY, NOW).serialize(),
					TestCredentials.policy().provider(provider).build(),
					VerificationErrorCode.CNF_INVALID);
		}
	}

	@Test
	void verifyWhenKbJwtIsGarbageThenMalformedKbJwt() {
		String withoutKb = Presentation.select(TestCredentials.credential(), paths("given_name"), 32)
				.serialize();
		assertRejected(withoutKb + "garbage", VerificationErrorCode.MALFORMED_KB_JWT);
	}

	@Test
	void verifyWhenKbJwtTypIsJwtThenKbJwtTypeInvalid() {
		SdJwt chosen = Presentation.select(TestCredentials.credential(), paths("given_name"), 32);
		KeyBindingJwt proper = TestCredentials.bind(chosen, HOLDER_KEY, NOW).keyBindingJwt();
		ParsedJws wrongType =
				ParsedJws.sign(JOSEObjectType.JWT, proper.jws().claims(), HOLDER_KEY, CryptoProvider.DEFAULT);
		assertRejected(
				chosen.withKeyBinding(new KeyBindingJwt(wrongType)).serialize(),
				VerificationErrorCode.KB_JWT_TYPE_INVALID);
	}

	@Test
	void verifyWhenKbJwtSignedByAnotherKeyThenKbJwtSignatureInvalid() {
		SdJwt chosen = Presentation.select(TestCredentials.credential(), paths("given_name"), 32);
		assertRejected(
				TestCredentials.bind(chosen, Jwks.generate(JWSAlgorithm.ES256), NOW)
						.serialize(),
				VerificationErrorCode.KB_JWT_SIGNATURE_INVALID);
	}

	@Test
	void verifyWhenKbJwtAnHourOldThenKbJwtIatInvalid() {
		SdJwt chosen = Presentation.select(TestCredentials.credential(), paths("given_name"), 32);
		assertRejected(
				TestCredentials.bind(chosen, HOLDER_KEY, NOW.minusSeconds(3600)).serialize(),
				VerificationErrorCode.KB_JWT_IAT_INVALID);
	}

	@Test
	void verifyWhenAnotherNonceExpectedThenNonceMismatch() {
		assertRejected(
				TestCredentials.presentation("given_name"),
				TestCredentials.policy().expectedNonce("other").build(),
				VerificationErrorCode.NONCE_MISMATCH);
	}

	@Test
	void verifyWhenAnotherAudienceExpectedThenAudienceMismatch() {
		assertRejected(
				TestCredentials.presentation("given_name"),
				TestCredentials.policy()
						.expectedAudience("https://other.example")
						.build(),
				VerificationErrorCode.AUDIENCE_MISMATCH);
	}

	@Test
	void verifyWhenKbJwtMovedToAnotherPresentationThenSdHashMismatch() {
		SdJwt bound = SdJwt.parse(TestCredentials.presentation("given_name"));
		SdJwt other = Presentation.select(TestCredentials.credential(), paths("family_name"), 32);
		assertRejected(other.withKeyBinding(bound.keyBindingJwt()).serialize(), VerificationErrorCode.SD_HASH_MISMATCH);
	}

	@Test
	void verifyWhenNoVctThenVctMissing() {
		Map<String, Object> payload = vcPayload();
		payload.remove("vct");
		assertRejected(TestCredentials.signed(payload, "dc+sd-jwt"), VerificationErrorCode.VCT_MISSING);
	}

	@Test
	void verifyWhenNoIssThenIssMissing() {
		Map<String, Object> payload = vcPayload();
		payload.remove("iss");
		assertRejected(TestCredentials.signed(payload, "dc+sd-jwt"), VerificationErrorCode.ISS_MISSING);
	}

	@Test
	void verifyWhenExpInThePastThenExpired() {
		Map<String, Object> payload = vcPayload();
		payload.put("exp", NOW.getEpochSecond() - 3600);
		assertRejected(TestCredentials.signed(payload, "dc+sd-jwt"), VerificationErrorCode.EXPIRED);
	}

	@Test
	void verifyWhenNbfInTheFutureThenNotYetValid() {
		Map<String, Object> payload = vcPayload();
		payload.put("nbf", NOW.getEpochSecond() + 3600);
		assertRejected(TestCredentials.signed(payload, "dc+sd-jwt"), VerificationErrorCode.NOT_YET_VALID);
	}

	@Test
	void verifyWhenIatInTheFutureThenIssuedInFuture() {
		Map<String, Object> payload = vcPayload();
		payload.put("iat", NOW.getEpochSecond() + 3600);
		assertRejected(TestCredentials.signed(payload, "dc+sd-jwt"), VerificationErrorCode.ISSUED_IN_FUTURE);
	}

	@Test
	void verifyWhenStatusIsNotAReferenceThenStatusMalformed() {
		Map<String, Object> payload = vcPayload();
		payload.put("status", "revoked?");
		assertRejected(TestCredentials.signed(payload, "dc+sd-jwt"), VerificationErrorCode.STATUS_MALFORMED);
	}

	@Test
	void verifyWhenStatusListCannotBeFetchedThenStatusListUnavailable() {
		VerificationPolicy policy = TestCredentials.policy()
				.statusListFetcher((uri) -> {
					throw new IOException("offline");
				})
				.build();
		assertRejected(withStatus(0), policy, VerificationErrorCode.STATUS_LIST_UNAVAILABLE);
	}

	@Test
	void verifyWhenStatusListSignedByAnotherKeyThenStatusListInvalid() {
		StatusListToken forged = StatusListToken.issue(
				Jwks.generate(JWSAlgorithm.ES256),
				STATUS_URI,
				StatusList.ofSize(1, 8),
				NOW,
				null,
				null,
				CryptoProvider.DEFAULT);
		assertRejected(
				withStatus(0),
				TestCredentials.policy().statusListFetcher((uri) -> forged).build(),
				VerificationErrorCode.STATUS_LIST_INVALID);
	}

	/** After a key rotation: the list comes signed by the issuer's newer key, found by kid, and is read. */
	@Test
	void verifyWhenStatusListSignedByTheIssuersNewerKeyThenItsStatusCounts() {
		JWK newer = Jwks.generate(JWSAlgorithm.ES256);
		StatusListToken token = StatusListToken.issue(
				newer, STATUS_URI, StatusList.ofSize(2, 8).with(3, 1), NOW, null, null, CryptoProvider.DEFAULT);
		VerificationPolicy policy = TestCredentials.policy()
				.statusListFetcher((uri) -> token)
				.issuerKeys((kid) -> kid.equals(newer.getKeyID()) ? Optional.of(newer.toPublicJWK()) : Optional.empty())
				.build();
		assertRejected(withStatus(3), policy, VerificationErrorCode.REVOKED);
	}

	@Test
	void verifyWhenStatusListSignedByAKeyTheIssuerDoesNotPublishThenStatusListInvalid() {
		JWK other = Jwks.generate(JWSAlgorithm.ES256);
		StatusListToken token = StatusListToken.issue(
				other, STATUS_URI, StatusList.ofSize(1, 8), NOW, null, null, CryptoProvider.DEFAULT);
		VerificationPolicy policy = TestCredentials.policy()
				.statusListFetcher((uri) -> token)
				.issuerKeys((kid) -> Optional.empty())
				.build();
		assertRejected(withStatus(0), policy, VerificationErrorCode.STATUS_LIST_INVALID);
	}

	@Test
	void verifyWhenStatusListInflatesBeyondLimitThenStatusListTooLarge() {
		String token = statusList(StatusList.ofSize(8, 1 << 20)).compact();
		VerificationPolicy policy = TestCredentials.policy()
				.statusListFetcher((uri) -> StatusListToken.parse(token, 8, 64 * 1024))
				.build();
		assertRejected(withStatus(0), policy, VerificationErrorCode.STATUS_LIST_TOO_LARGE);
	}

	@Test
	void verifyWhenIndexBeyondTheListThenStatusIndexOutOfRange() {
		assertRejected(
				withStatus(1000),
				statusPolicy(StatusList.ofSize(1, 8)),
				VerificationErrorCode.STATUS_INDEX_OUT_OF_RANGE);
	}

	@Test
	void verifyWhenStatusInvalidThenRevoked() {
		assertRejected(withStatus(3), statusPolicy(StatusList.ofSize(2, 8).with(3, 1)), VerificationErrorCode.REVOKED);
	}

	@Test
	void verifyWhenStatusSuspendedThenSuspended() {
		assertRejected(
				withStatus(3), statusPolicy(StatusList.ofSize(2, 8).with(3, 2)), VerificationErrorCode.SUSPENDED);
	}

	private static final String STATUS_URI = "https://issuer.example.org/status/7";

	private static String withStatus(long idx) {
		Map<String, Object> payload = vcPayload();
		payload.put("status", new StatusReference(idx, STATUS_URI).toStatusClaim());
		return TestCredentials.signed(payload, "dc+sd-jwt");
	}

	private static StatusListToken statusList(StatusList list) {
		return StatusListToken.issue(ISSUER_KEY, STATUS_URI, list, NOW, null, 300L, CryptoProvider.DEFAULT);
	}

	private static VerificationPolicy statusPolicy(StatusList list) {
		StatusListToken token = statusList(list);
		return TestCredentials.policy().statusListFetcher((uri) -> token).build();
	}

	private static Map<String, Object> vcPayload() {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("iss", TestCredentials.ISSUER);
		payload.put("iat", NOW.getEpochSecond() - 60);
		payload.put("vct", "urn:example:pid");
		payload.put("_sd_alg", "sha-256");
		return payload;
	}

	private static String credentialJwt() {
		return TestCredentials.credential().issuerSignedJwt().compact();
	}

	private static String digest(String disclosure) {
		return HashAlgorithm.SHA_256.digest(disclosure);
	}

	private static SdJwtVerifier verifier(VerificationPolicy policy) {
		return new SdJwtVerifier(policy);
	}

	private static void assertRejected(String presentation, VerificationErrorCode code) {
		assertRejected(presentation, TestCredentials.policy().build(), code);
	}

	private static void assertRejected(String presentation, VerificationPolicy policy, VerificationErrorCode code) {
		VerificationResult result = verifier(policy).verify(presentation);
		assertThat(result.isVerified()).isFalse();
		assertThat(result.errors()).extracting((error) -> error.code()).contains(code);
	}

	private static String camel(VerificationErrorCode code) {
		StringBuilder camel = new StringBuilder();
		for (String word : code.name().split("_")) {
			camel.append(word.charAt(0)).append(word.substring(1).toLowerCase());
		}
		return camel.toString();
	}
}
