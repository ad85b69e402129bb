package org.consentlab.support;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The compiled main classes of {@code org.consentlab}, imported once per test JVM: each import reads
 * every class file again (a few seconds), and the architecture tests all check the same classes.
 * {@link JavaClasses} is immutable, so sharing it cannot let one test change what another sees.
 */
public final class MainClasses {

	private MainClasses() {}

	/** Every main class of the application, without the tests. */
	public static JavaClasses all() {
		return Holder.ALL;
	}

	/** Imported on first use (class initialisation is thread-safe and happens once). */
	private static final class Holder {

		static final JavaClasses ALL = new ClassFileImporter()
				.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("org.consentlab");
	}
}
