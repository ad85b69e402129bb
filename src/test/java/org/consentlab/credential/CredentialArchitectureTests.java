package org.consentlab.credential;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The credential core stays a plain library students can read on its own. */
class CredentialArchitectureTests {

	private static final JavaClasses CREDENTIAL = new ClassFileImporter()
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.consentlab.credential");

	@Test
	void credentialWhenImportedThenNoSpring() {
		noClasses()
				.that()
				.resideInAPackage("org.consentlab.credential..")
				.should()
				.dependOnClassesThat()
				.resideInAPackage("org.springframework..")
				.because("the credential core is plain Java on Nimbus (DESIGN.md), usable from the CLI without Spring")
				.check(CREDENTIAL);
	}

	@Test
	void credentialPackagesWhenImportedThenNoCycles() {
		slices().matching("org.consentlab.credential.(*)..")
				.should()
				.beFreeOfCycles()
				.because("each package implements one specification on top of the ones below it")
				.check(CREDENTIAL);
	}
}
