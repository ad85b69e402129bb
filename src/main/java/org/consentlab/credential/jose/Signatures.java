package org.consentlab.credential.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import org.consentlab.credential.spec.VerificationError;
import org.consentlab.credential.spec.VerificationErrorCode;

/**
 * Algorithms, signers and verifiers derived from a key, never from a token: RFC 9901 §7.1 step 2
 * ("the algorithm ... MUST be taken from the trusted key, not from the token alone") and §9.1
 * ({@code none} and MAC algorithms are never accepted).
 */
public final class Signatures {

	private Signatures() {}

	/** The one JWS algorithm this key signs with: ES256/ES384/ES512 by curve, EdDSA for Ed25519. */
	public static JWSAlgorithm algorithmFor(JWK key) {
		JWSAlgorithm byKey = algorithmByKeyType(key);
		if (key.getAlgorithm() != null && !key.getAlgorithm().getName().equals(byKey.getName())) {
			throw new IllegalArgumentException("key alg " + key.getAlgorithm() + " does not match its curve");
		}
		return byKey;
	}

	/** True for the algorithms RFC 9901 §9.1 and this library never accept: {@code none} and HMAC. */
	public static boolean isForbidden(JWSAlgorithm alg) {
		return alg == null || "none".equals(alg.getName()) || JWSAlgorithm.Family.HMAC_SHA.contains(alg);
	}

	/**
	 * RFC 9901 §7.1 step 2 for any JWS: no {@code none} or HMAC, exactly the trusted key's
	 * algorithm, and a signature that verifies ({@code invalidSignature} otherwise). Null when all
	 * hold.
	 */
	public static VerificationError check(
			ParsedJws jws, JWSAlgorithm trusted, JWSVerifier verifier, VerificationErrorCode invalidSignature) {
		JWSAlgorithm alg = jws.algorithm();
		if (isForbidden(alg)) {
			return new VerificationError(VerificationErrorCode.UNSUPPORTED_ALGORITHM, String.valueOf(alg));
		}
		if (!trusted.equals(alg)) {
			return new VerificationError(VerificationErrorCode.ALGORITHM_MISMATCH, alg + ", trusted key " + trusted);
		}
		if (!jws.verify(verifier)) {
			return VerificationError.of(invalidSignature);
		}
		return null;
	}

	/** A signer for a private EC or Ed25519 key. */
	public static JWSSigner signer(JWK privateKey, CryptoProvider provider) {
		try {
			if (privateKey instanceof ECKey ec) {
				return provider.configure(new ECDSASigner(ec));
			}
			if (privateKey instanceof OctetKeyPair okp) {
				return new Ed25519Signer(okp);
			}
		} catch (JOSEException ex) {
			throw new IllegalArgumentException("not a usable private key", ex);
		}
		throw new IllegalArgumentException("unsupported key type " + privateKey.getKeyType());
	}

	/**
	 * A verifier for a public EC or Ed25519 key, made once per key and reused: for EC keys an
	 * {@link EcdsaVerifier}, which holds the key in the provider's own form.
	 */
	public static JWSVerifier verifier(JWK publicKey, CryptoProvider provider) {
		try {
			if (publicKey instanceof ECKey ec) {
				return new EcdsaVerifier(ec.isPrivate() ? ec.toPublicJWK() : ec, provider);
			}
			if (publicKey instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())) {
				return new Ed25519Verifier(okp.isPrivate() ? okp.toPublicJWK() : okp);
			}
		} catch (JOSEException ex) {
			throw new IllegalArgumentException("not a usable public key", ex);
		}
		throw new IllegalArgumentException("unsupported key type " + publicKey.getKeyType());
	}

	private static JWSAlgorithm algorithmByKeyType(JWK key) {
		if (key instanceof ECKey ec) {
			Curve curve = ec.getCurve();
			if (Curve.P_256.equals(curve)) {
				return JWSAlgorithm.ES256;
			}
			if (Curve.P_384.equals(curve)) {
				return JWSAlgorithm.ES384;
			}
			if (Curve.P_521.equals(curve)) {
				return JWSAlgorithm.ES512;
			}
		}
		if (key instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())) {
			return JWSAlgorithm.EdDSA;
		}
		throw new IllegalArgumentException("unsupported key: " + key.getKeyType());
	}
}
