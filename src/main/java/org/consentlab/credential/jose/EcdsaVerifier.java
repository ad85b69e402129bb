package org.consentlab.credential.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.Base64URL;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECFieldFp;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Verifies ES256, ES384 or ES512 signatures (RFC 7518 §3.4) for one EC public key, with the key
 * prepared once in the provider's own form. A JCA provider handed a key of another provider
 * converts it on every {@code initVerify}; for BouncyCastle that conversion also loses its
 * optimised curve arithmetic, and costs more than the verification itself. The signature, R and S
 * side by side, is checked as it is sent ({@code PLAIN-ECDSA} in BouncyCastle, P1363 format in the
 * JDK), so it is never transcoded to DER. The public point is checked to lie on the key's curve
 * before anything else (an off-curve point is the invalid-curve attack of RFC 7518 §3.4's
 * security considerations). Thread-safe.
 */
public final class EcdsaVerifier implements JWSVerifier {

	/** One {@link Signature} per thread, per provider and algorithm: they are not thread-safe, and costly to look up. */
	private static final Map<String, ThreadLocal<Signature>> SIGNATURES = new ConcurrentHashMap<>();

	/** BouncyCastle's parameters for each curve, by standard name (secp256r1, ...), made once. */
	private static final Map<String, org.bouncycastle.jce.spec.ECParameterSpec> BC_CURVES = new ConcurrentHashMap<>();

	private final JWSAlgorithm algorithm;

	private final PublicKey publicKey;

	private final int signatureLength;

	private final String jcaName;

	private final Provider provider;

	private final JCAContext jcaContext = new JCAContext();

	/** A verifier for {@code key}'s public part, with {@code provider}; a point off its curve is refused. */
	public EcdsaVerifier(ECKey key, CryptoProvider provider) throws JOSEException {
		this.algorithm = Signatures.algorithmFor(key);
		Curve curve = key.getCurve();
		ECParameterSpec spec = curve.toECParameterSpec();
		BigInteger x = key.getX().decodeToBigInteger();
		BigInteger y = key.getY().decodeToBigInteger();
		if (!isOnCurve(x, y, spec)) {
			throw new JOSEException("the public point is not on " + curve);
		}
		this.provider = provider.provider();
		this.signatureLength = 2 * ((spec.getCurve().getField().getFieldSize() + 7) / 8);
		String hash = "SHA" + this.algorithm.getName().substring(2);
		this.jcaName = hash + ((this.provider != null) ? "withPLAIN-ECDSA" : "withECDSAinP1363Format");
		try {
			this.publicKey = (this.provider != null)
					? bouncyCastleKey(curve, x, y, this.provider)
					: KeyFactory.getInstance("EC")
							.generatePublic(new ECPublicKeySpec(new java.security.spec.ECPoint(x, y), spec));
		} catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new JOSEException("not a usable EC public key", ex);
		}
		signature();
	}

	/** {@code 0 <= x, y < p} and {@code y^2 = x^3 + ax + b (mod p)} (SEC 1 §3.2.2.1). */
	static boolean isOnCurve(BigInteger x, BigInteger y, ECParameterSpec spec) {
		BigInteger p = ((ECFieldFp) spec.getCurve().getField()).getP();
		if (x.signum() < 0 || y.signum() < 0 || x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
			return false;
		}
		BigInteger right = x.pow(3)
				.add(spec.getCurve().getA().multiply(x))
				.add(spec.getCurve().getB())
				.mod(p);
		return y.pow(2).mod(p).equals(right);
	}

	/**
	 * True when {@code signature} over {@code signingInput} verifies. Like Nimbus's verifiers: an
	 * algorithm other than the key's is an exception, and a header with {@code crit} parameters
	 * (none are understood here, RFC 7515 §4.1.11) or a signature of the wrong length is false.
	 */
	@Override
	public boolean verify(JWSHeader header, byte[] signingInput, Base64URL signature) throws JOSEException {
		if (!this.algorithm.equals(header.getAlgorithm())) {
			throw new JOSEException("this key verifies " + this.algorithm + " only, not " + header.getAlgorithm());
		}
		if (header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
			return false;
		}
		byte[] rs = signature.decode();
		if (rs.length != this.signatureLength) {
			return false;
		}
		Signature verification = signature();
		try {
			verification.initVerify(this.publicKey);
			verification.update(signingInput);
			return verification.verify(rs);
		} catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}

	@Override
	public Set<JWSAlgorithm> supportedJWSAlgorithms() {
		return Set.of(this.algorithm);
	}

	/** The context is not used: the provider is fixed when the verifier is made. */
	@Override
	public JCAContext getJCAContext() {
		return this.jcaContext;
	}

	/**
	 * The key for BouncyCastle, on the curve's one shared parameter set. BouncyCastle keeps the
	 * tables that speed up multiplying the curve's generator with the generator point object, so
	 * a key made from a parameter set of its own (as from a JDK key) recomputes them on every
	 * verification: for a holder key, used once, that would double the cost.
	 */
	private static PublicKey bouncyCastleKey(Curve curve, BigInteger x, BigInteger y, Provider provider)
			throws GeneralSecurityException {
		org.bouncycastle.jce.spec.ECParameterSpec shared =
				BC_CURVES.computeIfAbsent(curve.getStdName(), ECNamedCurveTable::getParameterSpec);
		ECPoint point = shared.getCurve().createPoint(x, y);
		return KeyFactory.getInstance("EC", provider)
				.generatePublic(new org.bouncycastle.jce.spec.ECPublicKeySpec(point, shared));
	}

	private Signature signature() throws JOSEException {
		String key = ((this.provider != null) ? this.provider.getName() : "JDK") + "/" + this.jcaName;
		ThreadLocal<Signature> perThread = SIGNATURES.computeIfAbsent(key, (name) -> new ThreadLocal<>());
		Signature signature = perThread.get();
		if (signature == null) {
			try {
				signature = (this.provider != null)
						? Signature.getInstance(this.jcaName, this.provider)
						: Signature.getInstance(this.jcaName);
			} catch (GeneralSecurityException ex) {
				throw new JOSEException(this.jcaName + " is not available", ex);
			}
			perThread.set(signature);
		}
		return signature;
	}
}
