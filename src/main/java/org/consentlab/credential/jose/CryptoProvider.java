package org.consentlab.credential.jose;

import java.security.Provider;

import com.nimbusds.jose.crypto.bc.BouncyCastleProviderSingleton;
import com.nimbusds.jose.jca.JCAAware;
import com.nimbusds.jose.jca.JCAContext;

/**
 * The JCA provider that computes ECDSA signatures. EdDSA (Ed25519) always runs on Tink, through
 * Nimbus, whatever is chosen here.
 *
 * <p>{@link #DEFAULT} is BouncyCastle: measured with {@code SdJwtBenchmark} on this project's
 * reference machine (2 cores), BouncyCastle verifies ES256 several times faster than the JDK's
 * SunEC on Java 17 and still clearly faster on Java 25, and it passes every test, including the
 * interoperability tests with an independent implementation. Signature verification is most of the
 * cost of verifying a presentation, so the provider decides how quickly a class is served.
 */
public enum CryptoProvider {

	/** The JDK's own providers (SunEC for ECDSA). */
	JDK(null),
	/** BouncyCastle's {@code bcprov-jdk18on}. */
	BOUNCY_CASTLE(BouncyCastleProviderSingleton.getInstance());

	/** The provider the library uses unless told otherwise; see the type's documentation for why. */
	public static final CryptoProvider DEFAULT = BOUNCY_CASTLE;

	private final Provider provider;

	CryptoProvider(Provider provider) {
		this.provider = provider;
	}

	/** Points a Nimbus signer or verifier at this provider; returns it for chaining. */
	public <T extends JCAAware<JCAContext>> T configure(T aware) {
		if (this.provider != null) {
			aware.getJCAContext().setProvider(this.provider);
		}
		return aware;
	}

}
