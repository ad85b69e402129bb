package org.consentlab.verifier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.consentlab.support.MainClasses;
import org.consentlab.wallet.HolderKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The verifiers stand on the credential core, the sandbox and the web layer; the learner's tools
 * against them (inspector) stand on the verifiers' public services and one narrow port of the wallet.
 */
class VerifierBoundaryTests {

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = MainClasses.all();
	}

	@Test
	void verifierWhenCompiledThenNeverUsesLabsInspectorOrTheWalletsInsides() {
		noClasses()
				.that()
				.resideInAPackage("org.consentlab.verifier..")
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage(
						"org.consentlab.labs..",
						"org.consentlab.inspector..",
						"org.consentlab.wallet..",
						"org.consentlab.classroom..")
				.because("a verifier is a relying party: it knows credentials, not the labs that use it, not the tools "
						+ "that attack it, and not what is inside a holder's wallet")
				.check(classes);
	}

	@Test
	void inspectorWhenCompiledThenReachesTheWalletOnlyThroughHolderKeys() {
		noClasses()
				.that()
				.resideInAPackage("org.consentlab.inspector..")
				.should()
				.dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.consentlab.wallet..")
						.and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(HolderKeys.class))))
				.because("the attacks need the holder's key of one credential, never the wallet's tables")
				.check(classes);
	}
}
