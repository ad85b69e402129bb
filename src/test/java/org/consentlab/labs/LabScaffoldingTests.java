package org.consentlab.labs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every lab says how long it takes, how hard it is and what to do first, and those prerequisites
 * are real labs that come earlier in the course, so the list page never sends a learner in a circle.
 */
class LabScaffoldingTests {

	private final LabParser parser = new LabParser();

	@Test
	void everyLabWhenLoadedThenNamesEarlierLabsAsPrerequisites() throws IOException {
		Map<String, Lab> labs = labs().stream().collect(Collectors.toMap(Lab::id, Function.identity()));
		assertThat(labs).hasSizeGreaterThanOrEqualTo(13);
		for (Lab lab : labs.values()) {
			assertThat(lab.minutes()).as(lab.id()).isBetween(15, 90);
			assertThat(lab.difficulty()).as(lab.id()).isNotNull();
			for (String before : lab.prerequisites()) {
				assertThat(labs).as(lab.id() + " needs " + before).containsKey(before);
				assertThat(labs.get(before).number())
						.as(lab.id() + " needs " + before)
						.isLessThan(lab.number());
			}
		}
		assertThat(labs.get("L0").prerequisites()).isEmpty();
		assertThat(labs.values())
				.filteredOn(lab -> lab.number() > 0)
				.allSatisfy(lab -> assertThat(lab.prerequisites()).as(lab.id()).isNotEmpty());
	}

	@Test
	void labWhenDifficultyMissingOrUnknownThenRefused() throws IOException {
		String l3 = Files.readString(Path.of("labs/l03-one-in-a-million/lab.md"), StandardCharsets.UTF_8);
		assertThatThrownBy(() -> parser.parse("x.md", l3.replaceFirst("difficulty: \\w+\\n", "")))
				.isInstanceOf(LabFormatException.class)
				.hasMessageContaining("difficulty");
		assertThatThrownBy(() -> parser.parse("x.md", l3.replaceFirst("difficulty: \\w+", "difficulty: easy-ish")))
				.isInstanceOf(LabFormatException.class)
				.hasMessageContaining("introductory, intermediate or advanced");
		assertThatThrownBy(() -> parser.parse("x.md", l3.replaceFirst("prerequisites: .*\\n", "")))
				.isInstanceOf(LabFormatException.class)
				.hasMessageContaining("prerequisites");
	}

	private List<Lab> labs() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("labs"))) {
			return files.filter(p -> p.getFileName().toString().equals("lab.md"))
					.map(p -> {
						try {
							return parser.parse(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
						} catch (IOException e) {
							throw new java.io.UncheckedIOException(e);
						}
					})
					.toList();
		}
	}
}
