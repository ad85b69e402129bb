package org.consentlab.slides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Sources & methods page exists, and every citation of it in labs, decks and message bundles
 * lands on a section it has: a learner who follows a source never meets a dead reference.
 */
@SpringBootTest(properties = SlidesControllerTests.IN_MEMORY_DATABASE)
@AutoConfigureMockMvc
class SourcesTests {

	private static final Pattern LINK = Pattern.compile("/sources#([A-Za-z0-9-]+)");

	private static final List<Path> CONTENT = List.of(
			Path.of("labs"),
			Path.of("slides"),
			Path.of("src/main/resources/i18n"),
			Path.of("src/main/resources/templates"));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SourcesPage page;

	@Test
	void pageWhenSignedInThenShowsEverySectionWithItsId() throws Exception {
		String html = mvc.perform(get("/sources").with(user("learner")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page.anchors()).contains("base-rate", "iris-model", "face-model", "dna-kinship");
		for (String anchor : page.anchors()) {
			assertThat(html).contains("id=\"" + anchor + "\"");
		}
		assertThat(html).contains("E = N × FMR").contains("href=\"/sources\"");
	}

	@Test
	void citationsWhenFollowedThenEachLandsOnASection() throws IOException {
		List<String> dead = new ArrayList<>();
		int citations = 0;
		for (Path file : contentFiles()) {
			Matcher matcher = LINK.matcher(Files.readString(file, StandardCharsets.UTF_8));
			while (matcher.find()) {
				citations++;
				if (!page.anchors().contains(matcher.group(1))) {
					dead.add(file + ": /sources#" + matcher.group(1));
				}
			}
		}
		assertThat(citations).as("labs cite the Sources & methods page").isGreaterThanOrEqualTo(5);
		assertThat(dead)
				.as("citations of sections the Sources & methods page does not have")
				.isEmpty();
	}

	@Test
	void contentWhenReadThenNeverCitesAFactSheetLearnersCannotOpen() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path file : contentFiles()) {
			if (Files.readString(file, StandardCharsets.UTF_8).toLowerCase().contains("fact sheet")) {
				found.add(file.toString());
			}
		}
		assertThat(found)
				.as("cite /sources instead of a fact sheet that is not in the course")
				.isEmpty();
	}

	@Test
	void headingWhenRenderedThenIdIsItsTextInLowerCaseWithHyphens() {
		SourcesPage sample = new SourcesPage("## Base rate\n\ntext\n\n## DNA kinship (15 loci)\n");

		assertThat(sample.anchors()).containsExactly("base-rate", "dna-kinship-15-loci");
	}

	private static List<Path> contentFiles() throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path root : CONTENT) {
			try (Stream<Path> walk = Files.walk(root)) {
				walk.filter(Files::isRegularFile)
						.filter(p -> p.toString().endsWith(".md")
								|| p.toString().endsWith(".properties")
								|| p.toString().endsWith(".html"))
						.forEach(files::add);
			}
		}
		return files;
	}
}
