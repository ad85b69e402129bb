package org.consentlab.credential.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consentlab.credential.TestCredentials.ISSUER_KEY;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.consentlab.credential.TestCredentials;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.sdjwt.Presentation;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.sdjwt.SdJwtIssuer;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.junit.jupiter.api.Test;

/**
 * A resolving verifier reuses the verifier it prepared for an issuer key (RFC 9901 §7.1 step 2:
 * the same key, the same check), by the key's whole value: a key rotated under the same
 * {@code kid} is used at once, and a warm verifier still refuses a tampered signature.
 */
class IssuerKeyReuseTests {

	@Test
	void ofWhenEqualKeyAgainThenSameVerifierReused() throws Exception {
		JWK first = JWK.parse(ISSUER_KEY.toPublicJWK().toJSONObject());
		JWK second = JWK.parse(ISSUER_KEY.toPublicJWK().toJSONObject());
		assertThat(second).isNotSameAs(first);
		IssuerKey a = IssuerKey.of(first, CryptoProvider.DEFAULT, null);
		IssuerKey b = IssuerKey.of(second, CryptoProvider.DEFAULT, null);
		assertThat(b.verifier()).isSameAs(a.verifier());
		assertThat(IssuerKey.of(first, CryptoProvider.JDK, null).verifier()).isNotSameAs(a.verifier());
	}

	@Test
	void verifyWhenKeyRotatedUnderSameKidThenNewKeyUsedAtOnce() throws Exception {
		String kid = ISSUER_KEY.getKeyID() != null ? ISSUER_KEY.getKeyID() : "issuer-key";
		ECKey before = new ECKey.Builder(ISSUER_KEY.toECKey()).keyID(kid).build();
		ECKey after = new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
		AtomicReference<JWK> published = new AtomicReference<>(before.toPublicJWK());
		VerificationPolicy policy = IssuerKeyResolutionTests.resolving((iss, k) -> Optional.of(published.get()))
				.build();
		String signedBefore = presentation(before);
		String signedAfter = presentation(after);
		// warm: the old key's verifier is prepared and kept
		assertThat(new SdJwtVerifier(policy).verify(signedBefore).errors()).isEmpty();
		assertThat(new SdJwtVerifier(policy).verify(signedBefore).errors()).isEmpty();

		published.set(after.toPublicJWK());

		assertThat(new SdJwtVerifier(policy).verify(signedAfter).errors()).isEmpty();
		assertThat(codes(new SdJwtVerifier(policy).verify(signedBefore)))
				.containsExactly(VerificationErrorCode.SIGNATURE_INVALID);
	}

	@Test
	void verifyWhenVerifierWarmThenTamperedSignatureStillRefused() {
		VerificationPolicy policy = IssuerKeyResolutionTests.resolving(
						(iss, kid) -> Optional.of(ISSUER_KEY.toPublicJWK()))
				.build();
		String honest = TestCredentials.presentation("given_name");
		for (int i = 0; i < 3; i++) {
			assertThat(new SdJwtVerifier(policy).verify(honest).errors()).isEmpty();
		}
		int dot = honest.indexOf('~') - 10;
		char flipped = honest.charAt(dot) == 'A' ? 'B' : 'A';
		String tampered = honest.substring(0, dot) + flipped + honest.substring(dot + 1);
		assertThat(codes(new SdJwtVerifier(policy).verify(tampered)))
				.containsExactly(VerificationErrorCode.SIGNATURE_INVALID);
		assertThat(new SdJwtVerifier(policy).verify(honest).errors()).isEmpty();
	}

	@Test
	void ofWhenManyKeysThenStoreStaysBounded() throws Exception {
		for (int i = 0; i < IssuerKey.MAX_PREPARED + 10; i++) {
			IssuerKey.of(new ECKeyGenerator(Curve.P_256).generate().toPublicJWK(), CryptoProvider.DEFAULT, null);
		}
		assertThat(IssuerKey.preparedCount()).isLessThanOrEqualTo(IssuerKey.MAX_PREPARED);
	}

	/** The test credential issued by {@code key}, presented with a KB-JWT. */
	private static String presentation(ECKey key) {
		SdJwt credential = SdJwtIssuer.builder(key)
				.build()
				.issue(TestCredentials.claims(), TestCredentials.DISCLOSABLE, TestCredentials.HOLDER_KEY);
		SdJwt chosen = Presentation.select(credential, TestCredentials.paths("given_name"), 32);
		return TestCredentials.bind(chosen, TestCredentials.HOLDER_KEY, TestCredentials.NOW)
				.serialize();
	}

	private static java.util.List<VerificationErrorCode> codes(VerificationResult result) {
		return result.errors().stream().map(error -> error.code()).toList();
	}
}
