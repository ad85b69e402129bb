package org.consentlab.credential.oid4vp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.dcql.ClaimsQuery;
import org.consentlab.credential.dcql.CredentialQuery;
import org.consentlab.credential.dcql.DcqlQuery;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.credential.oauth.OAuthError;
import org.consentlab.credential.oid4vp.DcApiResponse.Failure;
import org.consentlab.credential.oid4vp.DcApiResponse.RefusedAnswerException;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.consentlab.credential.x509.CertificateAuthority;
import org.consentlab.credential.x509.CertificateChain;
import org.junit.jupiter.api.Test;

/**
 * OpenID4VP 1.0 over the Digital Credentials API (Appendix A): the signed request a verifier hands
 * the browser, the wallet's reading of it and its origin check, and the verifier's reading of the
 * encrypted answer, with one refusal per {@link Failure}.
 */
class DcApiMessagesTests {

	private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");

	private static final String ORIGIN = "https://classroom.example";

	private final CertificateAuthority root =
			CertificateAuthority.root("Classroom root", NOW.minusSeconds(60), Duration.ofDays(365));

	private final KeyPair barKeys = CertificateAuthority.newKeyPair();

	private final CertificateChain bar =
			root.issue("verifier:bar", barKeys.getPublic(), NOW.minusSeconds(60), Duration.ofDays(365));

	private final ECKey verifierKey = key("request-1");

	private final DcApiRequest request = new DcApiRequest(
			"n-0S6_WzA2Mj",
			new DcqlQuery(List.of(new CredentialQuery(
					"pid",
					"dc+sd-jwt",
					List.of("urn:consentlab:pid:1"),
					List.of(ClaimsQuery.of("age", "age_over_18")),
					List.of()))),
			new ClientMetadata(verifierKey.toPublicJWK(), ClientMetadata.SUPPORTED),
			List.of(ORIGIN),
			List.of());

	@Test
	void readWhenSignedAndVerifiedThenTheWalletSeesTheSameRequestWithoutResponseUriOrState() {
		String signed = request.sign(barKeys.getPrivate(), bar);

		SignedRequest.Verified verified = SignedRequest.verify(signed, List.of(root.root()), NOW, null);
		DcApiRequest read = DcApiRequest.read(verified.claims());

		assertThat(read).isEqualTo(request);
		assertThat(verified.claims().string(Oid4vp.RESPONSE_MODE)).isEqualTo("dc_api.jwt");
		assertThat(verified.claims().strings(Oid4vp.EXPECTED_ORIGINS)).containsExactly(ORIGIN);
		assertThat(verified.claims().has(Oid4vp.RESPONSE_URI)).isFalse();
		assertThat(verified.claims().has(Oid4vp.STATE)).isFalse();
		assertThat(verified.clientId().prefix()).isEqualTo(ClientId.Prefix.X509_HASH);
		Map<String, Object> entry =
				Json.parseObject(DcApiRequest.digitalRequest(signed), 4, VerificationErrorCode.MALFORMED_SD_JWT);
		assertThat(entry).containsEntry("protocol", "openid4vp-v1-signed");
		assertThat(entry.get("data")).isEqualTo(Map.of("request", signed));
	}

	@Test
	void requireOriginWhenTheCallerIsAnotherOriginThenInvalidRequestComparedAsPlainStrings() {
		request.requireOrigin(ORIGIN);
		for (String other :
				List.of("https://evil.example", "https://classroom.example/", "https://CLASSROOM.example")) {
			assertThatThrownBy(() -> request.requireOrigin(other))
					.isInstanceOfSatisfying(MalformedMessageException.class, ex -> {
						assertThat(ex.error()).isEqualTo(OAuthError.INVALID_REQUEST);
						assertThat(ex.member()).isEqualTo(Oid4vp.EXPECTED_ORIGINS);
					});
		}
	}

	@Test
	void newRequestWhenAnExpectedOriginIsNotAWebOriginThenRefused() {
		for (String bad :
				List.of("javascript:alert(1)", "data:text/html,x", "wss://x.example", "https://x.example/path", "")) {
			assertThatThrownBy(() -> new DcApiRequest(
							"n", request.dcqlQuery(), request.clientMetadata(), List.of(bad), List.of()))
					.as(bad)
					.isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void audienceWhenOriginThenOriginPrefixedNotTheClientId() {
		assertThat(DcApiRequest.audience(ORIGIN)).isEqualTo("origin:https://classroom.example");
	}

	@Test
	void readAnswerWhenEncryptedToTheRequestKeyThenTheVpToken() {
		VpToken token = VpToken.of("pid", "eyJ...~disclosure~kb");
		String data = DcApiResponse.encrypt(token, request.clientMetadata());

		DcApiResponse.Answer answer = DcApiResponse.read(data, verifierKey);

		assertThat(answer).isEqualTo(new DcApiResponse.Presented(token));
	}

	@Test
	void readAnswerWhenAWalletErrorThenRefusedWithItsCode() {
		assertThat(DcApiResponse.read("{\"error\":\"access_denied\"}", verifierKey))
				.isEqualTo(new DcApiResponse.Refused(OAuthError.ACCESS_DENIED));
	}

	@Test
	void readAnswerWhenInTheClearThenNotEncrypted() {
		assertFailure("{\"vp_token\":{\"pid\":[\"x\"]}}", verifierKey, Failure.NOT_ENCRYPTED);
	}

	@Test
	void readAnswerWhenEncryptedToAnotherRequestsKeyThenWrongKey() {
		ECKey other = key("request-2");
		String data = DcApiResponse.encrypt(
				VpToken.of("pid", "x"), new ClientMetadata(other.toPublicJWK(), ClientMetadata.SUPPORTED));
		assertFailure(data, verifierKey, Failure.WRONG_KEY);
		ECKey sameKid = key("request-1");
		String forged = DcApiResponse.encrypt(
				VpToken.of("pid", "x"), new ClientMetadata(sameKid.toPublicJWK(), ClientMetadata.SUPPORTED));
		assertFailure(forged, verifierKey, Failure.WRONG_KEY);
	}

	@Test
	void readAnswerWhenEncryptedWithAnotherAlgorithmThenUnsupportedEncryption() throws Exception {
		JWEObject jwe = new JWEObject(
				new JWEHeader.Builder(JWEAlgorithm.ECDH_ES_A128KW, EncryptionMethod.A128GCM).build(),
				new Payload("{\"vp_token\":{\"pid\":[\"x\"]}}"));
		jwe.encrypt(new ECDHEncrypter(verifierKey.toECPublicKey()));
		assertFailure(Json.write(Map.of("response", jwe.serialize())), verifierKey, Failure.UNSUPPORTED_ENCRYPTION);
	}

	@Test
	void readAnswerWhenNotTheResponseParametersThenMalformedNeverAnotherException() {
		for (String data : List.of(
				"",
				"not json",
				"[]",
				"{}",
				"{\"response\":1}",
				"{\"response\":\"a.b\"}",
				"{\"error\":\"made_up\"}",
				"{\"response\":\"" + "A".repeat(DcApiResponse.MAX_LENGTH) + "\"}")) {
			assertFailure(data, verifierKey, Failure.MALFORMED);
		}
		assertFailure(null, verifierKey, Failure.MALFORMED);
	}

	private static void assertFailure(String data, ECKey key, Failure failure) {
		assertThatThrownBy(() -> DcApiResponse.read(data, key))
				.as(String.valueOf(data).length() > 60 ? "long data" : String.valueOf(data))
				.isInstanceOfSatisfying(
						RefusedAnswerException.class,
						ex -> assertThat(ex.failure()).isEqualTo(failure));
	}

	private static ECKey key(String kid) {
		try {
			return new ECKeyGenerator(Curve.P_256)
					.keyUse(KeyUse.ENCRYPTION)
					.algorithm(JWEAlgorithm.ECDH_ES)
					.keyID(kid)
					.generate();
		} catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
