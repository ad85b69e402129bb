package org.consentlab.credential.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.consentlab.credential.TestCredentials.ISSUER;
import static org.consentlab.credential.TestCredentials.ISSUER_KEY;

import com.nimbusds.jose.JWSAlgorithm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.consentlab.credential.TestCredentials;
import org.consentlab.credential.TestVectors;
import org.consentlab.credential.jose.Jwks;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.sdjwt.SdJwtJson;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.junit.jupiter.api.Test;

/**
 * A verifier that is handed the raw presentation once and finds the issuer's key itself, from the
 * token's {@code iss} and {@code kid} (RFC 9901 §7.1 step 2, SD-JWT VC §5), in either serialization.
 */
class IssuerKeyResolutionTests {

	/** A resolving policy for the test credentials: the fixed clock, nonce and audience. */
	static VerificationPolicy.Builder resolving(IssuerKeyResolver resolver) {
		return VerificationPolicy.resolving(resolver)
				.clock(TestVectors.clockAt(TestCredentials.NOW))
				.expectedNonce(TestCredentials.NONCE)
				.expectedAudience(TestCredentials.AUDIENCE);
	}

	@Test
	void verifyWhenIssuerTrustedThenResolverAskedForItsIssAndKidAndVerified() {
		List<String> asked = new ArrayList<>();
		VerificationPolicy policy = resolving((iss, kid) -> {
					asked.add(iss + " " + kid);
					return Optional.of(ISSUER_KEY.toPublicJWK());
				})
				.trustedIssuers(List.of(ISSUER))
				.build();
		String presentation = TestCredentials.presentation("given_name");
		VerificationResult result = new SdJwtVerifier(policy).verify(presentation);
		assertThat(result.errors()).isEmpty();
		String kid = SdJwt.parse(presentation).issuerSignedJwt().header().getKeyID();
		assertThat(asked).containsExactly(ISSUER + " " + kid);
		assertThat(((VerificationResult.Verified) result).presentation().serialize())
				.isEqualTo(presentation);
	}

	@Test
	void verifyWhenJsonSerializationThenSameVerdictAsCompact() {
		VerificationPolicy policy =
				resolving((iss, kid) -> Optional.of(ISSUER_KEY.toPublicJWK())).build();
		SdJwt compact = SdJwt.parse(TestCredentials.presentation("given_name", "address.locality"));
		String json = SdJwtJson.fromCompact(compact).serialize();
		VerificationResult result = new SdJwtVerifier(policy).verify(json);
		assertThat(result.errors()).isEmpty();
		assertThat(((VerificationResult.Verified) result).claims()).containsEntry("given_name", "Erika");
	}

	@Test
	void verifyWhenResolvedKeyIsNotTheSignersThenSignatureInvalid() {
		VerificationPolicy policy = resolving((iss, kid) ->
						Optional.of(Jwks.generate(JWSAlgorithm.ES256).toPublicJWK()))
				.build();
		assertThat(new SdJwtVerifier(policy)
						.verify(TestCredentials.presentation("given_name"))
						.errors())
				.extracting((error) -> error.code())
				.containsExactly(VerificationErrorCode.SIGNATURE_INVALID);
	}

	@Test
	void verifyWhenNoIssThenIssMissingAndResolverNeverAsked() {
		List<String> asked = new ArrayList<>();
		VerificationPolicy policy = resolving((iss, kid) -> {
					asked.add(iss);
					return Optional.of(ISSUER_KEY.toPublicJWK());
				})
				.build();
		var payload = TestCredentials.claims();
		payload.remove("iss");
		assertThat(new SdJwtVerifier(policy)
						.verify(TestCredentials.signed(payload, "dc+sd-jwt"))
						.errors())
				.extracting((error) -> error.code())
				.containsExactly(VerificationErrorCode.ISS_MISSING);
		assertThat(asked).isEmpty();
	}

	@Test
	void policyWhenBothOrNeitherKeySourceThenRefused() {
		assertThatIllegalArgumentException()
				.isThrownBy(() -> new VerificationPolicy(
						ISSUER_KEY.toPublicJWK(),
						java.util.Set.of(),
						false,
						true,
						false,
						null,
						null,
						java.time.Duration.ZERO,
						java.time.Duration.ZERO,
						java.time.Clock.systemUTC(),
						org.consentlab.credential.sdjwt.ParseLimits.DEFAULT,
						org.consentlab.credential.jose.CryptoProvider.DEFAULT,
						null,
						null,
						(iss, kid) -> Optional.empty(),
						null));
	}
}
