package org.consentlab.credential.oid4vp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.TestVectors;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oauth.JsonMembers;
import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.credential.oauth.OAuthError;
import org.junit.jupiter.api.Test;

/** Encrypted responses (OpenID4VP 1.0 §8.3): the specification's own example, round trips, and refusals. */
class EncryptedResponseTests {

	private static final Map<String, Object> EXAMPLE = Json.parseObject(
			TestVectors.text("oid4vp/encrypted_response_example.json"),
			8,
			org.consentlab.credential.spec.VerificationErrorCode.MALFORMED_SD_JWT);

	@Test
	void decryptWhenTheSpecificationsExampleThenReadsItsPayload() throws Exception {
		@SuppressWarnings("unchecked")
		ECKey key = ECKey.parse((Map<String, Object>) EXAMPLE.get("private_jwk"));

		JsonMembers payload = EncryptedResponse.decrypt((String) EXAMPLE.get("response"), key);

		assertThat(payload.asMap()).isEqualTo(EXAMPLE.get("payload"));
	}

	@Test
	void encryptWhenWalletAnswersThenOnlyTheRequestsKeyDecrypts() throws Exception {
		ECKey verifierKey = newEncryptionKey("request-1");
		ClientMetadata metadata = new ClientMetadata(verifierKey.toPublicJWK(), List.of(EncryptionMethod.A256GCM));
		Map<String, Object> parameters =
				Map.of(Oid4vp.VP_TOKEN, Map.of("pid", List.of("eyJ...~")), Oid4vp.STATE, "s-1");

		String response = EncryptedResponse.encrypt(parameters, metadata);

		JWEObject jwe = JWEObject.parse(response);
		assertThat(jwe.getHeader().getAlgorithm()).isEqualTo(JWEAlgorithm.ECDH_ES);
		assertThat(jwe.getHeader().getEncryptionMethod()).isEqualTo(EncryptionMethod.A256GCM);
		assertThat(jwe.getHeader().getKeyID()).isEqualTo("request-1");
		assertThat(response).doesNotContain("s-1");
		assertThat(EncryptedResponse.decrypt(response, verifierKey).asMap()).isEqualTo(parameters);
		assertThatThrownBy(() -> EncryptedResponse.decrypt(response, newEncryptionKey("request-2")))
				.isInstanceOfSatisfying(MalformedMessageException.class, ex -> {
					assertThat(ex.member()).isEqualTo(Oid4vp.RESPONSE);
					assertThat(ex.error()).isEqualTo(OAuthError.INVALID_REQUEST);
				});
	}

	@Test
	void clientMetadataWhenWrittenThenReadsBackAndAgreesOnA128GcmByDefault() throws Exception {
		ECKey key = newEncryptionKey("k");
		ClientMetadata written = new ClientMetadata(key.toPublicJWK(), List.of(ClientMetadata.DEFAULT_ENC));

		ClientMetadata read =
				ClientMetadata.read(JsonMembers.of(written.toMap(), OAuthError.INVALID_REQUEST, "client_metadata"));

		assertThat(read).isEqualTo(written);
		assertThat(read.agreedEnc()).contains(EncryptionMethod.A128GCM);
	}

	@Test
	void clientMetadataWhenOnlyASigningKeyThenRefusedNamingJwks() throws Exception {
		ECKey signing = new ECKeyGenerator(Curve.P_256)
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWEAlgorithm.ECDH_ES)
				.generate();
		Map<String, Object> metadata =
				Map.of(Oid4vp.JWKS, Map.of("keys", List.of(signing.toPublicJWK().toJSONObject())));

		assertThatThrownBy(() ->
						ClientMetadata.read(JsonMembers.of(metadata, OAuthError.INVALID_REQUEST, "client_metadata")))
				.isInstanceOfSatisfying(
						MalformedMessageException.class,
						ex -> assertThat(ex.member()).isEqualTo(Oid4vp.JWKS));
	}

	@Test
	void encryptWhenVerifierAcceptsNoSupportedEncThenRefused() throws Exception {
		ClientMetadata metadata =
				new ClientMetadata(newEncryptionKey("k").toPublicJWK(), List.of(EncryptionMethod.A128CBC_HS256));

		assertThatThrownBy(() -> EncryptedResponse.encrypt(Map.of(Oid4vp.STATE, "s"), metadata))
				.isInstanceOf(MalformedMessageException.class);
	}

	@Test
	void decryptWhenNotAJweOrTooLongThenRefusedNamingResponse() throws Exception {
		ECKey key = newEncryptionKey("k");
		for (String bad : List.of("", "a.b.c", "x".repeat(EncryptedResponse.MAX_LENGTH + 1))) {
			assertThatThrownBy(() -> EncryptedResponse.decrypt(bad, key))
					.isInstanceOfSatisfying(
							MalformedMessageException.class,
							ex -> assertThat(ex.member()).isEqualTo(Oid4vp.RESPONSE));
		}
	}

	private static ECKey newEncryptionKey(String kid) throws Exception {
		return new ECKeyGenerator(Curve.P_256)
				.keyUse(KeyUse.ENCRYPTION)
				.algorithm(JWEAlgorithm.ECDH_ES)
				.keyID(kid)
				.generate();
	}
}
