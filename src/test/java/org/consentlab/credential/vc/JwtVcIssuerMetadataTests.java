package org.consentlab.credential.vc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import java.util.Collections;
import java.util.List;
import org.consentlab.credential.TestCredentials;
import org.consentlab.credential.vc.MalformedIssuerMetadataException.Problem;
import org.junit.jupiter.api.Test;

/** JWT VC Issuer Metadata (SD-JWT VC §4) as an issuer writes it and a wallet or verifier reads it. */
class JwtVcIssuerMetadataTests {

	private static final JWK OLD = withKid(TestCredentials.ISSUER_KEY.toPublicJWK(), "signer-2022");

	private static final JWK NEW = withKid(TestCredentials.HOLDER_KEY.toPublicJWK(), "signer-2025");

	@Test
	void parseWhenWrittenThenSameIssuerAndKeysAndOnlyPublicParameters() {
		JwtVcIssuerMetadata metadata = new JwtVcIssuerMetadata("https://issuer.example.org", List.of(NEW, OLD));

		String json = metadata.toJson();
		JwtVcIssuerMetadata read = JwtVcIssuerMetadata.parse(json);

		assertThat(read).isEqualTo(metadata);
		assertThat(read.keys()).extracting(JWK::getKeyID).containsExactly(NEW.getKeyID(), OLD.getKeyID());
		assertThat(json)
				.startsWith("{\"issuer\": ")
				.contains("\"jwks\": {\"keys\": [")
				.doesNotContain("\"d\"");
	}

	/** The shape of the draft's own §4.2 example: two EC keys by value, looked up by kid. */
	@Test
	void parseWhenShapedLikeTheSpecExampleThenKeysFoundByKid() {
		String json = "{\n   \"issuer\":\"https://example.com\",\n   \"jwks\":{\n      \"keys\":[\n"
				+ OLD.toJSONString() + ",\n" + NEW.toJSONString() + "\n      ]\n   },\n"
				+ "   \"something_else\": [1, 2]\n}";

		JwtVcIssuerMetadata metadata = JwtVcIssuerMetadata.parse(json);

		assertThat(metadata.issuer()).isEqualTo("https://example.com");
		assertThat(metadata.isFor("https://example.com")).isTrue();
		assertThat(metadata.isFor("https://example.com/"))
				.as("§4.3: identical, not similar")
				.isFalse();
		assertThat(metadata.key("signer-2025")).map(JWK::getKeyID).contains("signer-2025");
		assertThat(metadata.key("signer-1999")).isEmpty();
		assertThat(metadata.key(null)).as("no kid and two keys: no guess").isEmpty();
	}

	@Test
	void keyWhenNoKidAndOneKeyThenThatKey() {
		assertThat(new JwtVcIssuerMetadata("https://i", List.of(OLD)).key(null)).contains(OLD);
	}

	@Test
	void parseWhenIssuerMissingOrNotAStringThenIssuerMissing() {
		assertProblem("{\"jwks\": " + set(OLD) + "}", Problem.ISSUER_MISSING);
		assertProblem("{\"issuer\": 7, \"jwks\": " + set(OLD) + "}", Problem.ISSUER_MISSING);
		assertProblem("{\"issuer\": \"\", \"jwks\": " + set(OLD) + "}", Problem.ISSUER_MISSING);
	}

	@Test
	void parseWhenJwksMissingOrOnlyByReferenceThenJwksMissing() {
		assertProblem("{\"issuer\": \"https://i\"}", Problem.JWKS_MISSING);
		assertProblem("{\"issuer\": \"https://i\", \"jwks_uri\": \"https://i/jwks\"}", Problem.JWKS_MISSING);
	}

	@Test
	void parseWhenJwksAndJwksUriBothThenRefused() {
		assertProblem(
				"{\"issuer\": \"https://i\", \"jwks\": " + set(OLD) + ", \"jwks_uri\": \"https://i/jwks\"}",
				Problem.JWKS_AND_JWKS_URI);
	}

	@Test
	void parseWhenJwksNotASetOrEmptyOrTooManyThenJwksInvalid() {
		assertProblem("{\"issuer\": \"https://i\", \"jwks\": []}", Problem.JWKS_INVALID);
		assertProblem("{\"issuer\": \"https://i\", \"jwks\": {\"keys\": []}}", Problem.JWKS_INVALID);
		assertProblem("{\"issuer\": \"https://i\", \"jwks\": {\"keys\": [{\"kty\": \"XX\"}]}}", Problem.JWKS_INVALID);
		String many = String.join(",", Collections.nCopies(JwtVcIssuerMetadata.MAX_KEYS + 1, OLD.toJSONString()));
		assertProblem("{\"issuer\": \"https://i\", \"jwks\": {\"keys\": [" + many + "]}}", Problem.JWKS_INVALID);
	}

	@Test
	void parseWhenAKeyIsPrivateThenPrivateKey() {
		assertProblem(
				"{\"issuer\": \"https://i\", \"jwks\": {\"keys\": [" + TestCredentials.ISSUER_KEY.toJSONString()
						+ "]}}",
				Problem.PRIVATE_KEY);
		assertThatThrownBy(() -> new JwtVcIssuerMetadata("https://i", List.of(TestCredentials.ISSUER_KEY)))
				.isInstanceOfSatisfying(
						MalformedIssuerMetadataException.class,
						ex -> assertThat(ex.problem()).isEqualTo(Problem.PRIVATE_KEY));
	}

	@Test
	void parseWhenNotJsonTooLongOrTooDeepThenTypedProblem() {
		assertProblem("", Problem.NOT_A_JSON_OBJECT);
		assertProblem("[1]", Problem.NOT_A_JSON_OBJECT);
		assertProblem("{\"issuer\": ", Problem.NOT_A_JSON_OBJECT);
		assertProblem(
				"{\"issuer\": \"" + "x".repeat(JwtVcIssuerMetadata.MAX_LENGTH) + "\"}", Problem.NOT_A_JSON_OBJECT);
		assertProblem("{\"issuer\": \"https://i\", \"x\": " + "[".repeat(20) + "]".repeat(20) + "}", Problem.TOO_DEEP);
	}

	private static void assertProblem(String json, Problem problem) {
		assertThatThrownBy(() -> JwtVcIssuerMetadata.parse(json))
				.isInstanceOfSatisfying(
						MalformedIssuerMetadataException.class,
						ex -> assertThat(ex.problem())
								.as(json.length() > 200 ? json.substring(0, 200) : json)
								.isEqualTo(problem));
	}

	private static String set(JWK key) {
		return "{\"keys\": [" + key.toJSONString() + "]}";
	}

	private static JWK withKid(JWK key, String kid) {
		return new ECKey.Builder(key.toECKey()).keyID(kid).build();
	}
}
