package org.consentlab;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.consentlab.support.MainClasses;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application's modules as Spring Modulith sees them: no cycles, and no module reaching into
 * another's internals. The run also draws the module diagrams in {@code docs/modules}, so the picture
 * in the README is the code's, not a drawing that ages.
 */
class ModulesTests {

	/**
	 * The pure libraries are libraries, not application modules: every module may use any of their
	 * public types. {@link ArchitectureTests} keeps them free of Spring and of cycles.
	 */
	private static final ApplicationModules MODULES = ApplicationModules.of(
			ConsentLabApplication.class,
			JavaClass.Predicates.resideInAnyPackage("org.consentlab.credential..", "org.consentlab.biometrics.."));

	private static final Path DOCS = Path.of("docs", "modules");

	@Test
	void modulesWhenVerifiedThenNoCyclesAndNoInternals() {
		MODULES.verify();
	}

	@Test
	void diagramsWhenWrittenThenEveryModuleIsDrawn() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
				.writeModulesAsPlantUml()
				.writeIndividualModulesAsPlantUml();
		sortRelations();
		Map<String, Set<String>> graph = packageGraph();
		Files.writeString(DOCS.resolve("README.md"), mermaid(graph), StandardCharsets.UTF_8);

		String components = Files.readString(DOCS.resolve("components.puml"), StandardCharsets.UTF_8);
		MODULES.forEach(module -> assertThat(components).contains(module.getDisplayName()));
		assertThat(graph).containsKeys("registry", "wallet", "credential", "biometrics");
		assertThat(graph.get("registry")).doesNotContain("credential", "wallet", "issuer", "verifier");
		assertThat(graph.get("wallet")).doesNotContain("registry", "biometrics", "population");
	}

	/**
	 * The diagrams list their relations in no fixed order; sorted, a build leaves the committed files
	 * as they were unless the modules really changed.
	 */
	private static void sortRelations() throws IOException {
		try (var files = Files.list(DOCS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				List<String> relations = lines.stream()
						.filter(line -> line.startsWith("Rel("))
						.sorted()
						.toList();
				List<String> sorted = new ArrayList<>();
				int next = 0;
				for (String line : lines) {
					sorted.add(line.startsWith("Rel(") ? relations.get(next++) : line);
				}
				Files.write(file, sorted, StandardCharsets.UTF_8);
			}
		}
	}

	/** Top-level package to the top-level packages its classes use, from the compiled main classes. */
	private static Map<String, Set<String>> packageGraph() {
		JavaClasses classes = MainClasses.all();
		Map<String, Set<String>> graph = new TreeMap<>();
		for (JavaClass type : classes) {
			String from = top(type.getPackageName());
			Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
			type.getDirectDependenciesFromSelf().forEach(dependency -> {
				String target = dependency.getTargetClass().getPackageName();
				if (target.startsWith("org.consentlab") && !top(target).equals(from)) {
					to.add(top(target));
				}
			});
		}
		return graph;
	}

	private static String top(String packageName) {
		String[] parts = packageName.split("\\.");
		return parts.length > 2 ? parts[2] : "app";
	}

	private static String mermaid(Map<String, Set<String>> graph) {
		StringBuilder out = new StringBuilder("""
				# Modules

				Written by `ModulesTests` on every build, from the compiled classes: an arrow means "uses".
				The Registry world (`registry`, `population`, `biometrics`) and the Wallet world (`issuer`,
				`wallet`, `verifier`, `inspector`, `credential`) never use each other; `labs` and
				`classroom` sit above both. The PlantUML files beside this one are Spring Modulith's view of
				the same modules (`components.puml` for all, one `module-*.puml` each).

				```mermaid
				flowchart TD
				""");
		graph.forEach((from, targets) -> targets.forEach(
				to -> out.append("  ").append(from).append(" --> ").append(to).append('\n')));
		return out.append("```\n").toString();
	}
}
