package org.consentlab.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import eu.europa.ec.eudi.sdjwt.BuildKbJwt;
import eu.europa.ec.eudi.sdjwt.JwsSerializationOption;
import eu.europa.ec.eudi.sdjwt.JwtSignatureVerifier;
import eu.europa.ec.eudi.sdjwt.KeyBindingError;
import eu.europa.ec.eudi.sdjwt.KeyBindingVerifier;
import eu.europa.ec.eudi.sdjwt.NimbusSdJwtOps;
import eu.europa.ec.eudi.sdjwt.SdJwt;
import eu.europa.ec.eudi.sdjwt.SdJwtAndKbJwt;
import eu.europa.ec.eudi.sdjwt.SdJwtVerificationException;
import eu.europa.ec.eudi.sdjwt.VerificationError;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kotlin.Unit;
import kotlinx.serialization.json.Json;
import kotlinx.serialization.json.JsonElementKt;
import kotlinx.serialization.json.JsonObject;
import org.consentlab.credential.TestCredentials;
import org.consentlab.credential.jose.Base64Url;
import org.consentlab.credential.sdjwt.Presentation;
import org.consentlab.credential.sdjwt.SdJwtJson;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.consentlab.credential.verify.SdJwtVerifier;
import org.consentlab.credential.verify.VerificationResult;
import org.junit.jupiter.api.Test;

/**
 * Interoperability with the EU reference SD-JWT library ({@code eu.europa.ec.eudi:eudi-lib-jvm-sdjwt-kt},
 * an implementation nobody here wrote) where the other independent library, Authlete's, stops:
 * key binding (RFC 9901 §4.3, §7.3). The EU library verifies the key-bound presentations our
 * wallet core makes, and binds its own KB-JWT to a credential our issuer core made, which our
 * verifier then checks. Each refusal is checked on both sides, so both are seen to check the same
 * thing, not merely to accept the same happy path.
 */
class EudiSdJwtInteroperabilityTests {

	private static final NimbusSdJwtOps EUDI = NimbusSdJwtOps.INSTANCE;

	@Test
	void verifyWhenOurKeyBoundPresentationThenEudiAcceptsItWithTheSameClaims() throws Exception {
		String ours = TestCredentials.presentation("given_name", "address", "address.locality", "nationalities[]");

		SdJwtAndKbJwt<?> theirs = (SdJwtAndKbJwt<?>)
				Suspending.call(EUDI, "verify-BWLJW6A", issuerSignature(), keyBinding(TestCredentials.NONCE), ours);

		@SuppressWarnings("unchecked")
		JsonObject recreated = EUDI.recreateClaims((SdJwt<SignedJWT>) theirs.getSdJwt(), null);
		Map<String, Object> eudiClaims = JSONObjectUtils.parse(recreated.toString());
		Map<String, Object> ourClaims = normalised(verified(ourVerifier().verify(ours)));
		eudiClaims.remove("_sd_alg");
		assertThat(eudiClaims).isEqualTo(ourClaims).doesNotContainKeys("family_name", "birthdate");
		assertThat(eudiClaims).containsEntry("given_name", "Erika");
		assertThat(((SignedJWT) theirs.getKeyBindingJwt()).getJWTClaimsSet().getStringClaim("sd_hash"))
				.isEqualTo(org.consentlab.credential.sdjwt.SdJwt.parse(ours)
						.keyBindingJwt()
						.claim("sd_hash"));
	}

	@Test
	void verifyWhenOurPresentationWasForAnotherNonceThenBothRefuseTheKeyBinding() {
		String ours = TestCredentials.presentation("given_name");

		assertThatThrownBy(() ->
						Suspending.call(EUDI, "verify-BWLJW6A", issuerSignature(), keyBinding("another-nonce"), ours))
				.isInstanceOf(Suspending.ResultFailure.class)
				.satisfies((failure) -> assertThat(reason(failure))
						.isEqualTo(
								new VerificationError.KeyBindingFailed(KeyBindingError.InvalidKeyBindingJwt.INSTANCE)));
		VerificationResult ourResult = new SdJwtVerifier(TestCredentials.policy()
						.requireKeyBinding(true)
						.expectedNonce("another-nonce")
						.build())
				.verify(ours);
		assertThat(codes(ourResult)).containsExactly(VerificationErrorCode.NONCE_MISMATCH);
	}

	@Test
	void verifyWhenADisclosureNoDigestNamesIsAddedThenBothRefuseIt() {
		String selected = Presentation.select(TestCredentials.credential(), TestCredentials.paths("given_name"), 32)
				.serialize();
		String forged = Base64Url.encode(
				"[\"2GLC42sKQveCfGfryNRN9w\",\"family_name\",\"Doe\"]".getBytes(StandardCharsets.UTF_8));
		String tampered = selected + forged + "~";

		assertThatThrownBy(() -> Suspending.call(EUDI, "verify-0E7RQCE", issuerSignature(), tampered))
				.satisfies(
						(failure) -> assertThat(reason(failure)).isInstanceOf(VerificationError.MissingDigests.class));
		VerificationResult ourResult =
				new SdJwtVerifier(TestCredentials.policy().build()).verify(tampered);
		assertThat(codes(ourResult)).contains(VerificationErrorCode.UNREFERENCED_DISCLOSURE);
	}

	@Test
	void verifyWhenEudiBindsItsKbJwtToOurCredentialThenWeAcceptOnlyTheChosenClaims() throws Exception {
		String selected = Presentation.select(
						TestCredentials.credential(), TestCredentials.paths("given_name", "birthdate"), 32)
				.serialize();

		String presentation = eudiBinds(selected, TestCredentials.AUDIENCE, TestCredentials.NONCE);

		Map<String, Object> claims = verified(ourVerifier().verify(presentation));
		assertThat(claims)
				.containsEntry("given_name", "Erika")
				.containsEntry("birthdate", "1963-08-12")
				.containsEntry("nationalities", List.of())
				.doesNotContainKeys("family_name", "address");
	}

	@Test
	void verifyWhenEudiBindsItsKbJwtForAnotherAudienceThenWeRefuseIt() {
		String selected = Presentation.select(TestCredentials.credential(), TestCredentials.paths("given_name"), 32)
				.serialize();

		String presentation = eudiBinds(selected, "https://another-verifier.example.org", TestCredentials.NONCE);

		assertThat(codes(ourVerifier().verify(presentation))).containsExactly(VerificationErrorCode.AUDIENCE_MISMATCH);
	}

	@Test
	void verifyWhenEudiWritesTheFlattenedJsonFormThenWeAcceptIt() {
		// RFC 9901 §8.4: sd_hash is over the compact form, disclosures and KB-JWT ride in the header.
		SdJwt<?> parsed = (SdJwt<?>) Suspending.call(
				EUDI,
				"verify-0E7RQCE",
				issuerSignature(),
				Presentation.select(TestCredentials.credential(), TestCredentials.paths("given_name"), 32)
						.serialize());

		JsonObject json = (JsonObject) Suspending.call(
				EUDI,
				"asJwsJsonObjectWithKeyBinding-BWLJW6A",
				parsed,
				JwsSerializationOption.Flattened,
				kbJwtIssuer(TestCredentials.AUDIENCE, TestCredentials.NONCE));

		assertThat(verified(ourVerifier().verify(json.toString())))
				.containsEntry("given_name", "Erika")
				.doesNotContainKeys("family_name", "birthdate");
	}

	@Test
	void verifyWhenWeWriteTheFlattenedJsonFormThenEudiAcceptsIt() {
		org.consentlab.credential.sdjwt.SdJwt ours =
				org.consentlab.credential.sdjwt.SdJwt.parse(TestCredentials.presentation("given_name"));
		JsonObject json = JsonElementKt.getJsonObject(
				Json.Default.parseToJsonElement(SdJwtJson.fromCompact(ours).serialize()));

		SdJwtAndKbJwt<?> theirs = (SdJwtAndKbJwt<?>)
				Suspending.call(EUDI, "verify-BWLJW6A", issuerSignature(), keyBinding(TestCredentials.NONCE), json);

		assertThat(theirs.getSdJwt().getDisclosures()).hasSize(1);
		assertThat(theirs.getSdJwt().getDisclosures().get(0).claim().getFirst()).isEqualTo("given_name");
	}

	/** The EU library as the holder: reads our SD-JWT, then signs its own KB-JWT over it (RFC 9901 §4.3). */
	static String eudiBinds(String sdJwt, String audience, String nonce) {
		SdJwt<?> parsed = (SdJwt<?>) Suspending.call(EUDI, "verify-0E7RQCE", issuerSignature(), sdJwt);
		BuildKbJwt kbJwt = kbJwtIssuer(audience, nonce);
		return (String) Suspending.call(EUDI, "serializeWithKeyBinding-0E7RQCE", parsed, kbJwt);
	}

	/** The EU library's KB-JWT signer with the holder's key: {@code aud}, {@code nonce}, {@code iat}, then its {@code sd_hash}. */
	private static BuildKbJwt kbJwtIssuer(String audience, String nonce) {
		try {
			return EUDI.kbJwtIssuer(
					new ECDSASigner(TestCredentials.HOLDER_KEY.toECKey()),
					JWSAlgorithm.ES256,
					TestCredentials.HOLDER_KEY.toECKey().toPublicJWK(),
					(claims) -> {
						claims.audience(audience).claim("nonce", nonce).issueTime(Date.from(TestCredentials.NOW));
						return Unit.INSTANCE;
					});
		} catch (com.nimbusds.jose.JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JwtSignatureVerifier<SignedJWT> issuerSignature() {
		try {
			return EUDI.asJwtVerifier(new ECDSAVerifier(TestCredentials.ISSUER_KEY.toECKey()));
		} catch (com.nimbusds.jose.JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** RFC 9901 §7.3 step 5 as the EU library does it: the holder's key from {@code cnf}, and the challenge. */
	private static KeyBindingVerifier.MustBePresentAndValid<SignedJWT> keyBinding(String nonce) {
		String challenge = "{\"nonce\":\"" + nonce + "\",\"aud\":\"" + TestCredentials.AUDIENCE + "\"}";
		JsonObject json = JsonElementKt.getJsonObject(Json.Default.parseToJsonElement(challenge));
		return EUDI.mustBePresentAndValid(
				KeyBindingVerifier.Companion, EUDI.getHolderPubKeyInConfirmationClaim(), json);
	}

	private static SdJwtVerifier ourVerifier() {
		return new SdJwtVerifier(
				TestCredentials.policy().requireKeyBinding(true).build());
	}

	private static VerificationError reason(Throwable failure) {
		assertThat(failure.getCause()).isInstanceOf(SdJwtVerificationException.class);
		return ((SdJwtVerificationException) failure.getCause()).getReason();
	}

	private static Map<String, Object> verified(VerificationResult result) {
		assertThat(result.errors()).isEmpty();
		return new LinkedHashMap<>(((VerificationResult.Verified) result).claims());
	}

	private static List<VerificationErrorCode> codes(VerificationResult result) {
		return result.errors().stream()
				.map(org.consentlab.credential.spec.VerificationError::code)
				.toList();
	}

	/** Our claims as the EU library's JSON reads back: the same numbers and nesting, Nimbus's types. */
	private static Map<String, Object> normalised(Map<String, Object> claims) throws ParseException {
		return JSONObjectUtils.parse(JSONObjectUtils.toJSONString(claims));
	}
}
