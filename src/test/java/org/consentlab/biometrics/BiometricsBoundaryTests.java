package org.consentlab.biometrics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The two pure packages stay libraries a student can read (DESIGN.md): {@code biometrics} uses
 * the JDK only, {@code population} adds only {@code biometrics}, and neither touches Spring or the
 * Wallet world's {@code credential} package — so the module diagram shows the two worlds apart.
 */
class BiometricsBoundaryTests {

	private static final JavaClasses PURE = importPurePackages();

	/** Imports the main classes only (not the test or library jars); rules need names, not resolved JDK classes. */
	private static JavaClasses importPurePackages() {
		ArchConfiguration config = ArchConfiguration.get();
		boolean resolve = config.resolveMissingDependenciesFromClassPath();
		config.setResolveMissingDependenciesFromClassPath(false);
		try {
			return new ClassFileImporter()
					.importPath(Path.of(Require.class
							.getProtectionDomain()
							.getCodeSource()
							.getLocation()
							.toURI()));
		} catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		} finally {
			config.setResolveMissingDependenciesFromClassPath(resolve);
		}
	}

	@Test
	void biometricsWhenCompiledThenDependsOnTheJdkOnly() {
		classes()
				.that()
				.resideInAPackage("org.consentlab.biometrics..")
				.should()
				.onlyDependOnClassesThat()
				.resideInAnyPackage("java..", "org.consentlab.biometrics..")
				.because("the biometric simulation is plain Java that students can read without a framework")
				.check(PURE);
	}

	@Test
	void populationWhenCompiledThenDependsOnBiometricsAndTheJdkOnly() {
		classes()
				.that()
				.resideInAPackage("org.consentlab.population..")
				.should()
				.onlyDependOnClassesThat()
				.resideInAnyPackage("java..", "org.consentlab.biometrics..", "org.consentlab.population..")
				.because("the synthetic population builds on the biometrics library and nothing else")
				.check(PURE);
	}

	@Test
	void purePackagesWhenCompiledThenNeverReachTheWalletWorld() {
		noClasses()
				.that()
				.resideInAnyPackage("org.consentlab.biometrics..", "org.consentlab.population..")
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage("org.springframework..", "org.consentlab.credential..")
				.because("the Registry world's libraries must stay apart from Spring and from the Wallet world")
				.check(PURE);
	}
}
