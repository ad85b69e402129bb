package org.consentlab.credential.sdjwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.TestCredentials;
import org.consentlab.credential.TestSalts;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.jose.Jwks;
import org.consentlab.credential.verify.SdJwtVerifier;
import org.consentlab.credential.verify.VerificationPolicy;
import org.consentlab.credential.verify.VerificationResult;
import org.junit.jupiter.api.Test;

class SdJwtIssuerTests {

	@Test
	void verifyWhenEveryAlgorithmHashAndProviderThenRoundTrips() {
		for (String alg : List.of("ES256", "ES384", "ES512", "EdDSA")) {
			for (HashAlgorithm hash : HashAlgorithm.values()) {
				for (CryptoProvider provider : CryptoProvider.values()) {
					assertRoundTrip(
							Jwks.generate(JWSAlgorithm.parse(alg)),
							Jwks.generate(JWSAlgorithm.parse(alg)),
							hash,
							provider);
				}
			}
		}
	}

	@Test
	void issueWhenFixedSaltsThenSameCredentialTextTwice() {
		SdJwt first = TestCredentials.credential();
		SdJwt second = TestCredentials.credential();
		assertThat(second.disclosures()).isEqualTo(first.disclosures());
		assertThat(second.payload()).isEqualTo(first.payload());
	}

	@Test
	void issueWhenDecoysThenMoreDigestsThanDisclosuresAndStillVerifies() {
		SdJwt credential = TestCredentials.credential();
		assertThat((List<?>) credential.payload().get("_sd"))
				.as("4 top-level disclosures, 2 decoys")
				.hasSize(4 + 2);
		assertThat(new SdJwtVerifier(TestCredentials.policy().build())
						.verify(credential.serialize())
						.errors())
				.isEmpty();
	}

	@Test
	void issueWhenSecureRandomSaltsThenSaltsAre128BitsAndDistinct() {
		SaltSource salts = SaltSource.secureRandom();
		String first = salts.nextSalt();
		assertThat(com.nimbusds.jose.util.Base64URL.from(first).decode()).hasSize(16);
		assertThat(salts.nextSalt()).isNotEqualTo(first);
	}

	@Test
	void issueWhenPathNamesNoClaimOrAReservedClaimThenRejected() {
		SdJwtIssuer issuer = TestCredentials.issuer();
		assertThatIllegalArgumentException()
				.isThrownBy(() -> issuer.issue(TestCredentials.claims(), TestCredentials.paths("nickname"), null));
		assertThatIllegalArgumentException()
				.isThrownBy(() -> issuer.issue(TestCredentials.claims(), TestCredentials.paths("iss"), null));
	}

	@Test
	void presentWhenNestedClaimChosenThenItsParentComesAlong() {
		SdJwt chosen = Presentation.select(TestCredentials.credential(), TestCredentials.paths("address.country"), 32);

		VerificationResult result = new SdJwtVerifier(TestCredentials.policy().build()).verify(chosen.serialize());

		Map<String, Object> claims = ((VerificationResult.Verified) result).claims();
		assertThat(claims.get("address")).isEqualTo(Map.of("street_address", "Heidestrasse 17", "country", "DE"));
		assertThat(claims)
				.doesNotContainKeys("given_name", "family_name", "birthdate")
				.containsEntry("nationalities", List.of());
	}

	@Test
	void presentWhenParentChosenThenEverythingBeneathComesAlong() {
		SdJwt chosen = Presentation.select(
				TestCredentials.credential(), TestCredentials.paths("address", "nationalities"), 32);
		assertThat(chosen.disclosures()).hasSize(5);
	}

	private static void assertRoundTrip(JWK issuerKey, JWK holderKey, HashAlgorithm hash, CryptoProvider provider) {
		SdJwt credential = SdJwtIssuer.builder(issuerKey)
				.hashAlgorithm(hash)
				.provider(provider)
				.saltSource(TestSalts.counting())
				.build()
				.issue(TestCredentials.claims(), TestCredentials.DISCLOSABLE, holderKey);
		SdJwt chosen = Presentation.select(credential, TestCredentials.paths("given_name", "nationalities[0]"), 32);
		String presentation =
				TestCredentials.bind(chosen, holderKey, TestCredentials.NOW).serialize();
		VerificationPolicy policy = VerificationPolicy.builder(issuerKey.toPublicJWK())
				.clock(org.consentlab.credential.TestVectors.clockAt(TestCredentials.NOW))
				.expectedNonce(TestCredentials.NONCE)
				.expectedAudience(TestCredentials.AUDIENCE)
				.requireKeyBinding(true)
				.provider(provider)
				.build();

		VerificationResult result = new SdJwtVerifier(policy).verify(presentation);

		assertThat(result.errors())
				.as("%s %s %s", issuerKey.getKeyType(), hash, provider)
				.isEmpty();
		assertThat(((VerificationResult.Verified) result).claims())
				.containsEntry("given_name", "Erika")
				.containsEntry("nationalities", List.of("DE"));
	}
}
