package org.consentlab.slides;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The course designers' fact sheet is not shipped: a learner, or a reader of the code, cannot open
 * it. So no main source, template, bundle, lab, deck or the Sources & methods page cites it; each
 * cites the real source (title, year, link) or its entry on /sources instead.
 */
class FactSheetCitationTests {

	/** "FACTS.md", "FACTS §6" or "the course fact sheet", but not a CSS class such as lab-facts. */
	static final Pattern CITATION = Pattern.compile("\\bFACTS\\b|(?i:fact[ -]sheet)");

	private static final List<Path> SHIPPED = List.of(
			Path.of("src/main/java"),
			Path.of("src/main/resources/templates"),
			Path.of("src/main/resources/i18n"),
			Path.of("labs"),
			Path.of("slides"),
			Path.of("sources"));

	@Test
	void shippedSourcesWhenScannedThenNeverCiteTheFactSheet() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path root : SHIPPED) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile)
						.filter(p -> p.toString().matches(".*\\.(java|html|properties|md)$"))
						.toList()) {
					List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
					for (int i = 0; i < lines.size(); i++) {
						if (CITATION.matcher(lines.get(i)).find()) {
							found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
						}
					}
				}
			}
		}
		assertThat(found)
				.as("citations of a fact sheet learners cannot open; cite the source or its /sources entry")
				.isEmpty();
	}

	@Test
	void citationWhenWrittenEitherWayThenFoundAndCssClassesNot() {
		assertThat(CITATION.matcher("operating point; FACTS.md §2.4").find()).isTrue();
		assertThat(CITATION.matcher("(FACTS §6)").find()).isTrue();
		assertThat(CITATION.matcher("the course's Fact Sheet, section 4").find())
				.isTrue();
		assertThat(CITATION.matcher("<ul class=\"lab-facts\">").find()).isFalse();
		assertThat(CITATION.matcher("signs facts about you").find()).isFalse();
	}
}
