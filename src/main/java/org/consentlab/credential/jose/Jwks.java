package org.consentlab.credential.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import java.text.ParseException;

/** JSON Web Keys (RFC 7517): generating signing keys for an algorithm, and reading them. */
public final class Jwks {

	private Jwks() {}

	/** A fresh private signing key for ES256, ES384, ES512 or EdDSA, with a thumbprint key id. */
	public static JWK generate(JWSAlgorithm alg) {
		try {
			if (JWSAlgorithm.EdDSA.equals(alg) || JWSAlgorithm.Ed25519.equals(alg)) {
				return new OctetKeyPairGenerator(Curve.Ed25519)
						.keyUse(KeyUse.SIGNATURE)
						.keyIDFromThumbprint(true)
						.generate();
			}
			return new ECKeyGenerator(curveFor(alg))
					.keyUse(KeyUse.SIGNATURE)
					.keyIDFromThumbprint(true)
					.generate();
		} catch (JOSEException ex) {
			throw new IllegalStateException("key generation failed", ex);
		}
	}

	/** Reads a JWK from its JSON text. */
	public static JWK parse(String json) {
		try {
			return JWK.parse(json);
		} catch (ParseException | RuntimeException ex) {
			throw new IllegalArgumentException("not a JWK", ex);
		}
	}

	private static Curve curveFor(JWSAlgorithm alg) {
		if (JWSAlgorithm.ES256.equals(alg)) {
			return Curve.P_256;
		}
		if (JWSAlgorithm.ES384.equals(alg)) {
			return Curve.P_384;
		}
		if (JWSAlgorithm.ES512.equals(alg)) {
			return Curve.P_521;
		}
		throw new IllegalArgumentException("unsupported algorithm " + alg);
	}
}
