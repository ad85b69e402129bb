package org.consentlab.credential.sdjwt;

import static org.assertj.core.api.Assertions.assertThat;

import com.authlete.sd.SDJWT;
import com.authlete.sd.SDObjectDecoder;
import com.authlete.sd.SDObjectEncoder;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.TestCredentials;
import org.consentlab.credential.verify.SdJwtVerifier;
import org.consentlab.credential.verify.VerificationResult;
import org.junit.jupiter.api.Test;

/**
 * Interoperability with an independent implementation, {@code com.authlete:sd-jwt}: what we issue
 * it decodes to the same claims, and what it makes we verify. Authlete has no KB-JWT verification;
 * its KB-JWTs are signed here with Nimbus directly over Authlete's own {@code sd_hash}.
 */
class AuthleteInteroperabilityTests {

	private static final SdJwtVerifier VERIFIER =
			new SdJwtVerifier(TestCredentials.policy().build());

	@Test
	void decodeWhenOurCredentialThenAuthleteSeesTheSameClaims() {
		SdJwt ours = TestCredentials.credential();
		SDJWT theirs = SDJWT.parse(ours.serialize());

		Map<String, Object> decoded = new SDObjectDecoder().decode(ours.payload(), theirs.getDisclosures());

		Map<String, Object> verified = claims(VERIFIER.verify(ours.serialize()));
		decoded.remove("_sd_alg");
		assertThat(decoded).isEqualTo(verified);
		assertThat(theirs.getDisclosures()).hasSameSizeAs(ours.disclosures());
		for (int i = 0; i < ours.disclosures().size(); i++) {
			assertThat(theirs.getDisclosures().get(i).digest())
					.isEqualTo(ours.disclosures()
							.get(i)
							.digest(HashAlgorithm.SHA_256)
							.value());
		}
	}

	@Test
	void sdHashWhenOurKeyBoundPresentationThenAuthleteComputesTheSame() {
		SdJwt ours = SdJwt.parse(TestCredentials.presentation("given_name", "address.locality"));

		SDJWT theirs = SDJWT.parse(ours.serialize());

		assertThat(theirs.getBindingJwt()).isEqualTo(ours.keyBindingJwt().compact());
		assertThat(theirs.getSDHash()).isEqualTo(ours.keyBindingJwt().claim("sd_hash"));
	}

	@Test
	void verifyWhenAuthleteCredentialWithDecoysThenSameClaims() throws Exception {
		Map<String, Object> claims = authleteClaims();
		SDObjectEncoder encoder = new SDObjectEncoder();
		Map<String, Object> payload = encoder.encode(claims);
		payload.put(
				"cnf", Map.of("jwk", TestCredentials.HOLDER_KEY.toPublicJWK().toJSONObject()));

		String credential = new SDJWT(sign(payload), encoder.getDisclosures()).toString();

		Map<String, Object> verified = claims(VERIFIER.verify(credential));
		verified.remove("cnf");
		assertThat(verified).isEqualTo(claims);
	}

	@Test
	void verifyWhenAuthletePresentationWithNimbusKbJwtThenOnlyChosenClaims() throws Exception {
		SDObjectEncoder encoder = new SDObjectEncoder();
		Map<String, Object> payload = encoder.encode(authleteClaims());
		payload.put(
				"cnf", Map.of("jwk", TestCredentials.HOLDER_KEY.toPublicJWK().toJSONObject()));
		String jwt = sign(payload);
		List<com.authlete.sd.Disclosure> chosen = encoder.getDisclosures().stream()
				.filter((d) -> "given_name".equals(d.getClaimName()))
				.toList();
		String sdHash = new SDJWT(jwt, chosen).getSDHash();

		String presentation = new SDJWT(jwt, chosen, keyBinding(sdHash)).toString();

		Map<String, Object> verified = claims(new SdJwtVerifier(
						TestCredentials.policy().requireKeyBinding(true).build())
				.verify(presentation));
		assertThat(verified).containsEntry("given_name", "Erika").doesNotContainKeys("family_name", "birthdate");
	}

	private static Map<String, Object> authleteClaims() {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", TestCredentials.ISSUER);
		claims.put("iat", TestCredentials.NOW.getEpochSecond());
		claims.put("vct", "urn:example:pid");
		claims.put("given_name", "Erika");
		claims.put("family_name", "Mustermann");
		claims.put("birthdate", "1963-08-12");
		claims.put("address", new LinkedHashMap<>(Map.of("locality", "Koeln", "country", "DE")));
		claims.put("nationalities", List.of("DE", "FR"));
		return claims;
	}

	private static String sign(Map<String, Object> payload) throws Exception {
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.ES256)
						.type(new JOSEObjectType("dc+sd-jwt"))
						.build(),
				JWTClaimsSet.parse(payload));
		jwt.sign(new ECDSASigner(TestCredentials.ISSUER_KEY.toECKey()));
		return jwt.serialize();
	}

	private static String keyBinding(String sdHash) throws Exception {
		JWTClaimsSet claims = new JWTClaimsSet.Builder()
				.claim("nonce", TestCredentials.NONCE)
				.audience(TestCredentials.AUDIENCE)
				.issueTime(java.util.Date.from(Instant.from(TestCredentials.NOW)))
				.claim("sd_hash", sdHash)
				.build();
		SignedJWT kb = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.ES256)
						.type(new JOSEObjectType("kb+jwt"))
						.build(),
				claims);
		kb.sign(new ECDSASigner(TestCredentials.HOLDER_KEY.toECKey()));
		return kb.serialize();
	}

	private static Map<String, Object> claims(VerificationResult result) {
		assertThat(result.errors()).isEmpty();
		return new LinkedHashMap<>(((VerificationResult.Verified) result).claims());
	}
}
