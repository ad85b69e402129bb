package org.consentlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.consentlab.support.MainClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of the design, checked on the compiled classes. Each rule's message says why
 * it exists, so a failure explains itself.
 */
class ArchitectureTests {

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = MainClasses.all();
	}

	@Test
	void packagesWhenCompiledThenFormNoCycle() {
		slices().matching("org.consentlab.(*)..")
				.should()
				.beFreeOfCycles()
				.because("a cycle ties features into one knot: neither can be read, tested or changed alone")
				.check(classes);
	}

	@Test
	void credentialCoreWhenCompiledThenItsPackagesFormNoCycle() {
		slices().matching("org.consentlab.credential.(*)..")
				.should()
				.beFreeOfCycles()
				.because("the credential core reads like the specifications it implements, one layer on another")
				.check(classes);
	}

	@Test
	void pureLibrariesWhenCompiledThenUseNoSpring() {
		ArchRule rule = noClasses()
				.that()
				.resideInAnyPackage("org.consentlab.credential..", "org.consentlab.biometrics..")
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage("org.springframework..", "jakarta.servlet..")
				.allowEmptyShould(true)
				.because("credential and biometrics are libraries a student reads like the specification they "
						+ "implement, and the command line runs them without starting Spring");
		rule.check(classes);
	}

	@Test
	void registryWorldWhenCompiledThenNeverUsesTheWallet() {
		ArchRule rule = noClasses()
				.that()
				.resideInAnyPackage(
						"org.consentlab.registry..", "org.consentlab.biometrics..", "org.consentlab.population..")
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage(
						"org.consentlab.credential..",
						"org.consentlab.wallet..",
						"org.consentlab.issuer..",
						"org.consentlab.verifier..")
				.allowEmptyShould(true)
				.because("the two worlds stay apart, so the module diagram shows them apart");
		rule.check(classes);
	}

	@Test
	void walletWorldWhenCompiledThenNeverUsesTheRegistry() {
		ArchRule rule = noClasses()
				.that()
				.resideInAnyPackage(
						"org.consentlab.credential..",
						"org.consentlab.wallet..",
						"org.consentlab.issuer..",
						"org.consentlab.verifier..")
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage(
						"org.consentlab.registry..", "org.consentlab.biometrics..", "org.consentlab.population..")
				.allowEmptyShould(true)
				.because(
						"a wallet that quietly asked the central registry would not be the alternative it claims to be");
		rule.check(classes);
	}

	@Test
	void biometricsWhenCompiledThenKnowsNoPeople() {
		noClasses()
				.that()
				.resideInAPackage("org.consentlab.biometrics..")
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage("org.consentlab.population..", "org.consentlab.registry..")
				.allowEmptyShould(true)
				.because("biometrics is the math of matching; who the people are is the population's business")
				.check(classes);
	}

	@Test
	void contentWhenCompiledThenDependsOnNoWebInternals() {
		noClasses()
				.that()
				.resideInAnyPackage(
						"org.consentlab.labs..",
						"org.consentlab.classroom..",
						"org.consentlab.registry..",
						"org.consentlab.wallet..",
						"org.consentlab.sandbox..")
				.should()
				.dependOnClassesThat()
				.resideInAPackage("org.consentlab.web.security..")
				.because("who may do what is decided in one place, web.security, and nowhere else")
				.check(classes);
	}

	@Test
	void platformWhenCompiledThenNeverReachesIntoTheClassroom() {
		noClasses()
				.that()
				.resideInAnyPackage("org.consentlab.labs..", "org.consentlab.account..", "org.consentlab.sandbox..")
				.should()
				.dependOnClassesThat()
				.resideInAPackage("org.consentlab.classroom..")
				.because("labs publish progress as events that the classroom listens to, never the other way round")
				.check(classes);
	}
}
