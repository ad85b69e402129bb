package org.consentlab.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.oauth.JsonMembers;
import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.credential.oauth.OAuthError;
import org.consentlab.credential.oid4vp.AuthorizationRequest;
import org.consentlab.credential.oid4vp.ClientId;
import org.consentlab.credential.oid4vp.ClientMetadata;
import org.consentlab.credential.oid4vp.EncryptedResponse;
import org.consentlab.credential.oid4vp.Oid4vp;
import org.consentlab.credential.oid4vp.VpToken;
import org.consentlab.credential.x509.CertificateAuthority;
import org.consentlab.credential.x509.CertificateChain;
import org.junit.jupiter.api.Test;

/**
 * Our OpenID4VP pieces against the examples of the OpenID4VP 1.0 text itself (files under
 * {@code src/test/resources/interop}, see its README): what the examples send we read, and what we
 * send has the examples' shape, checked with Nimbus rather than with our own reader.
 */
class OpenId4VpSpecExampleTests {

	/** §8.3: the private half of the example's first key, given there to decrypt its example response. */
	private static final String SECTION_8_3_PRIVATE_KEY = """
			{"kty":"EC", "kid":"ac", "use":"enc", "crv":"P-256","alg":"ECDH-ES",
			"x":"YO4epjifD-KWeq1sL2tNmm36BhXnkJ0He-WqMYrp9Fk",
			"y":"Hekpm0zfK7C-YccH5iBjcIXgf6YdUvNUac_0At55Okk",
			"d":"Et-3ce0omz8_TuZ96Df9lp0GAaaDoUnDe6X-CRO7Aww"}""";

	@Test
	void encryptWhenTheSection83RequestThenToItsP256KeyWithItsKidAndTheFirstSharedEnc() throws Exception {
		JsonMembers request = JsonMembers.parse(
				resource("oid4vp-1.0-section-8.3-request.json"), 16 * 1024, 8, OAuthError.INVALID_REQUEST, "request");
		ClientMetadata metadata = ClientMetadata.read(request.object(Oid4vp.CLIENT_METADATA));
		Map<String, Object> answer = Map.of(Oid4vp.VP_TOKEN, Map.of("example_credential_id", List.of("eyJhb...YMetA")));

		JWEObject jwe = JWEObject.parse(EncryptedResponse.encrypt(answer, metadata));

		// §8.3: the JWE alg is the chosen key's alg, its kid is copied, enc is the first one offered.
		assertThat(jwe.getHeader().getAlgorithm()).isEqualTo(JWEAlgorithm.ECDH_ES);
		assertThat(jwe.getHeader().getEncryptionMethod()).isEqualTo(EncryptionMethod.A128GCM);
		assertThat(jwe.getHeader().getKeyID()).isEqualTo("ac");
		assertThat(((ECKey) jwe.getHeader().getEphemeralPublicKey()).getCurve()).isEqualTo(Curve.P_256);
		jwe.decrypt(new ECDHDecrypter(ECKey.parse(SECTION_8_3_PRIVATE_KEY)));
		assertThat(JSONObjectUtils.parse(jwe.getPayload().toString()))
				.isEqualTo(JSONObjectUtils.parse("{\"vp_token\": {\"example_credential_id\": [\"eyJhb...YMetA\"]}}"));
	}

	@Test
	void readWhenTheDcApiExampleKeyHasNoAlgThenRefusedAsSection83Requires() throws Exception {
		// Appendix A's example omits alg (its response_mode dc_api is unencrypted); §8.3 says "The alg
		// parameter MUST be present in the JWKs", so a wallet asked to encrypt to it must refuse.
		JsonMembers request = JsonMembers.parse(
				resource("oid4vp-1.0-dc-api-signed-request-payload.json").replace("{...}", "{}"),
				16 * 1024,
				8,
				OAuthError.INVALID_REQUEST,
				"request");

		assertThatThrownBy(() -> ClientMetadata.read(request.object(Oid4vp.CLIENT_METADATA)))
				.isInstanceOfSatisfying(
						MalformedMessageException.class,
						(ex) -> assertThat(ex.member()).isEqualTo(Oid4vp.JWKS));
		assertThat(ClientId.parse(request.string(Oid4vp.CLIENT_ID)).prefix()).isEqualTo(ClientId.Prefix.X509_SAN_DNS);
	}

	@Test
	void clientIdWhenTheSection593ExampleThenX509HashAndOursHasItsShape() {
		ClientId example = ClientId.parse("x509_hash:Uvo3HtuIxuhC92rShpgqcT3YXwrqRxWEviRiA0OZszk");
		CertificateAuthority root = CertificateAuthority.root("Classroom root", Instant.now(), Duration.ofDays(1));
		CertificateChain chain = root.issue(
				"verifier:bar", CertificateAuthority.newKeyPair().getPublic(), Instant.now(), Duration.ofDays(1));

		ClientId ours = ClientId.x509Hash(chain);

		assertThat(example.prefix()).isEqualTo(ClientId.Prefix.X509_HASH);
		assertThat(ours.prefix()).isEqualTo(ClientId.Prefix.X509_HASH);
		assertThat(ours.original()).hasSameSizeAs(example.original()).matches("[A-Za-z0-9_-]{43}");
		assertThat(ours.toString()).startsWith("x509_hash:");
	}

	@Test
	void parseWhenTheSection82DirectPostExampleThenItsParametersAreRead() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("client_id", "redirect_uri:https://client.example.org/post");
		parameters.put("response_uri", "https://client.example.org/post");
		parameters.put("response_type", "vp_token");
		parameters.put("response_mode", "direct_post");
		// The example elides its query; §6's simplest one stands in.
		parameters.put(
				"dcql_query",
				"{\"credentials\":[{\"id\":\"my_credential\",\"format\":\"dc+sd-jwt\",\"meta\":{\"vct_values\":"
						+ "[\"https://credentials.example.com/identity_credential\"]},\"claims\":[{\"path\":[\"family_name\"]}]}]}");
		parameters.put("nonce", "n-0S6_WzA2Mj");
		parameters.put("state", "eyJhb...6-sVA");

		AuthorizationRequest request = AuthorizationRequest.parse(parameters);

		assertThat(request.clientId()).isEqualTo("redirect_uri:https://client.example.org/post");
		assertThat(request.responseUri()).isEqualTo("https://client.example.org/post");
		assertThat(request.dcqlQuery().credentials()).hasSize(1);
		assertThat(request.toParameters())
				.containsAllEntriesOf(Map.of("response_mode", "direct_post", "state", "eyJhb...6-sVA"));
	}

	@Test
	void vpTokenWhenTheSection8ExamplesThenOneArrayOfPresentationsPerQueryId() throws Exception {
		VpToken example = VpToken.parse("{\"example_jwt_vc\": [\"eY...QMA\"]}");

		assertThat(example.presentations()).containsExactly(Map.entry("example_jwt_vc", List.of("eY...QMA")));
		assertThat(JSONObjectUtils.parse(VpToken.of("pid", "eyJhb...YMetA").toJson()))
				.isEqualTo(JSONObjectUtils.parse("{\"pid\": [\"eyJhb...YMetA\"]}"));
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = OpenId4VpSpecExampleTests.class.getResourceAsStream("/interop/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
