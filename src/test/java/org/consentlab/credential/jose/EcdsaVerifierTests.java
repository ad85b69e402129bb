package org.consentlab.credential.jose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.impl.ECDSA;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.Base64URL;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.spec.ECFieldFp;
import java.security.spec.ECParameterSpec;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link EcdsaVerifier} against signatures made by Nimbus, on both providers and every curve. */
class EcdsaVerifierTests {

	@Test
	void verifyWhenSignedByTheKeyThenTrueAndWhenTamperedThenFalse() throws Exception {
		for (JWSAlgorithm alg : new JWSAlgorithm[] {JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512}) {
			ECKey key = Jwks.generate(alg).toECKey();
			JWSObject jws = signed(key, new JWSHeader(alg));
			for (CryptoProvider provider : CryptoProvider.values()) {
				EcdsaVerifier verifier = new EcdsaVerifier(key.toPublicJWK(), provider);
				assertThat(verifier.verify(jws.getHeader(), jws.getSigningInput(), jws.getSignature()))
						.as("%s %s", alg, provider)
						.isTrue();
				byte[] tampered = (jws.getHeader().toBase64URL() + ".e30").getBytes(StandardCharsets.US_ASCII);
				assertThat(verifier.verify(jws.getHeader(), tampered, jws.getSignature()))
						.as("%s %s", alg, provider)
						.isFalse();
			}
		}
	}

	@Test
	void verifyWhenAnotherKeySignedThenFalse() throws Exception {
		JWSObject jws = signed(Jwks.generate(JWSAlgorithm.ES256).toECKey(), new JWSHeader(JWSAlgorithm.ES256));
		EcdsaVerifier verifier =
				new EcdsaVerifier(Jwks.generate(JWSAlgorithm.ES256).toECKey().toPublicJWK(), CryptoProvider.DEFAULT);
		assertThat(verifier.verify(jws.getHeader(), jws.getSigningInput(), jws.getSignature()))
				.isFalse();
	}

	@Test
	void verifyWhenSignatureIsDerOrWrongLengthOrZeroThenFalse() throws Exception {
		ECKey key = Jwks.generate(JWSAlgorithm.ES256).toECKey();
		JWSObject jws = signed(key, new JWSHeader(JWSAlgorithm.ES256));
		byte[] rs = jws.getSignature().decode();
		for (CryptoProvider provider : CryptoProvider.values()) {
			EcdsaVerifier verifier = new EcdsaVerifier(key.toPublicJWK(), provider);
			for (byte[] bad : new byte[][] {
				ECDSA.transcodeSignatureToDER(rs),
				java.util.Arrays.copyOf(rs, 63),
				java.util.Arrays.copyOf(rs, 65),
				new byte[64]
			}) {
				assertThat(verifier.verify(jws.getHeader(), jws.getSigningInput(), Base64URL.encode(bad)))
						.as("%s, %d bytes", provider, bad.length)
						.isFalse();
			}
		}
	}

	@Test
	void verifyWhenHeaderHasCriticalParametersThenFalse() throws Exception {
		ECKey key = Jwks.generate(JWSAlgorithm.ES256).toECKey();
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
				.criticalParams(Set.of("exp"))
				.customParam("exp", 1L)
				.build();
		JWSObject jws = signed(key, header);
		assertThat(new EcdsaVerifier(key.toPublicJWK(), CryptoProvider.DEFAULT)
						.verify(jws.getHeader(), jws.getSigningInput(), jws.getSignature()))
				.isFalse();
	}

	@Test
	void verifyWhenHeaderNamesAnotherAlgorithmThenException() throws Exception {
		ECKey key = Jwks.generate(JWSAlgorithm.ES256).toECKey();
		JWSObject jws = signed(key, new JWSHeader(JWSAlgorithm.ES256));
		EcdsaVerifier verifier = new EcdsaVerifier(key.toPublicJWK(), CryptoProvider.DEFAULT);
		assertThatThrownBy(() ->
						verifier.verify(new JWSHeader(JWSAlgorithm.ES384), jws.getSigningInput(), jws.getSignature()))
				.isInstanceOf(JOSEException.class);
		assertThat(verifier.supportedJWSAlgorithms()).containsExactly(JWSAlgorithm.ES256);
	}

	@Test
	void isOnCurveWhenPointMovedOrOutOfFieldThenFalse() {
		for (JWSAlgorithm alg : new JWSAlgorithm[] {JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512}) {
			ECKey key = Jwks.generate(alg).toECKey();
			ECParameterSpec spec = key.getCurve().toECParameterSpec();
			BigInteger p = ((ECFieldFp) spec.getCurve().getField()).getP();
			BigInteger x = key.getX().decodeToBigInteger();
			BigInteger y = key.getY().decodeToBigInteger();
			assertThat(EcdsaVerifier.isOnCurve(x, y, spec)).isTrue();
			assertThat(EcdsaVerifier.isOnCurve(x, y.add(BigInteger.ONE), spec)).isFalse();
			assertThat(EcdsaVerifier.isOnCurve(x, y.add(p), spec)).isFalse();
			assertThat(EcdsaVerifier.isOnCurve(x, y.negate(), spec)).isFalse();
			assertThat(EcdsaVerifier.isOnCurve(x, p.subtract(y), spec))
					.as("the point's negation lies on the curve")
					.isTrue();
		}
	}

	private static JWSObject signed(ECKey key, JWSHeader header) throws JOSEException {
		JWSObject jws = new JWSObject(header, new Payload("{\"iss\": \"https://issuer.example.org\"}"));
		jws.sign(Signatures.signer(key, CryptoProvider.JDK));
		return jws;
	}
}
