package org.consentlab.credential;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.consentlab.support.MainClasses;
import org.junit.jupiter.api.Test;

/**
 * Issuers and verifiers link to a wallet through {@link org.consentlab.credential.oauth.WalletEndpoints},
 * as a real issuer links to whatever wallet a holder uses: they never import the wallet's code.
 */
class WalletLinksArchitectureTests {

	private static final JavaClasses APP = MainClasses.all();

	@Test
	void issuerWhenImportedThenNeverUsesTheWallet() {
		noClasses()
				.that()
				.resideInAPackage("org.consentlab.issuer..")
				.should()
				.dependOnClassesThat()
				.resideInAPackage("org.consentlab.wallet..")
				.because(
						"an issuer builds its offer links from WalletEndpoints (OpenID4VCI 1.0 §4.1), not from the wallet's routes")
				.check(APP);
	}

	@Test
	void verifierWhenImportedThenNeverUsesTheWallet() {
		noClasses()
				.that()
				.resideInAPackage("org.consentlab.verifier..")
				.should()
				.dependOnClassesThat()
				.resideInAPackage("org.consentlab.wallet..")
				.because("a verifier builds its request links from WalletEndpoints (OpenID4VP 1.0 §5); the learner's "
						+ "attack page, which plays the holder, lives in the inspector")
				.check(APP);
	}
}
