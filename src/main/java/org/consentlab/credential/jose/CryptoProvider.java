package org.consentlab.credential.jose;

import com.nimbusds.jose.crypto.bc.BouncyCastleProviderSingleton;
import com.nimbusds.jose.jca.JCAAware;
import com.nimbusds.jose.jca.JCAContext;
import java.security.Provider;

/**
 * The JCA provider that computes ECDSA signatures. EdDSA (Ed25519) always runs on Tink, through
 * Nimbus, whatever is chosen here.
 *
 * <p>{@link #DEFAULT} is BouncyCastle because it is the fastest provider that passes every test
 * (including interoperability with an independent implementation), and signature checks are most
 * of the cost of a verify. Measured with {@code InterleavedCpuTime} (the operations of
 * {@code SdJwtBenchmark}, median CPU time per operation, on a shared 2-core machine, Java 17): the
 * two ES256 verifications of a presentation, as {@link EcdsaVerifier} does them, took 3261 us with
 * the JDK's SunEC and 451 us with BouncyCastle (7.2x); a whole verify took 3377 us against 589 us.
 *
 * <p>Signing is another matter: from Java 25 the JDK signs P-256 faster than BouncyCastle does
 * (an issue took 302 us with the JDK against 430 us with BouncyCastle, same run, quiet machine),
 * while on Java 17 it is the other way round (1216 us against 441 us). {@link #SIGNING} picks by
 * the running Java; Java 21 to 24 were not measured and keep BouncyCastle.
 */
public enum CryptoProvider {

	/** The JDK's own providers (SunEC for ECDSA). */
	JDK(null),
	/** BouncyCastle's {@code bcprov-jdk18on}. */
	BOUNCY_CASTLE(BouncyCastleProviderSingleton.getInstance());

	/** The provider the library verifies with unless told otherwise; see the type's documentation for why. */
	public static final CryptoProvider DEFAULT = BOUNCY_CASTLE;

	/** The provider the library signs with unless told otherwise: the JDK's from Java 25, else BouncyCastle. */
	public static final CryptoProvider SIGNING = Runtime.version().feature() >= 25 ? JDK : BOUNCY_CASTLE;

	private final Provider provider;

	CryptoProvider(Provider provider) {
		this.provider = provider;
	}

	/** The JCA provider, or null for the JDK's own. */
	Provider provider() {
		return this.provider;
	}

	/** Points a Nimbus signer or verifier at this provider; returns it for chaining. */
	public <T extends JCAAware<JCAContext>> T configure(T aware) {
		if (this.provider != null) {
			aware.getJCAContext().setProvider(this.provider);
		}
		return aware;
	}
}
