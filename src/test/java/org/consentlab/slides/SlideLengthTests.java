package org.consentlab.slides;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Slides are read from the back of a room: at most about fifty words of body text each (the rest
 * belongs in the speaker notes), sources in the slide's footer as titled links, never a raw web
 * address, and the course's diagrams on the slides that explain them.
 */
class SlideLengthTests {

	/** At most fifty words a learner reads on the slide; detail and extra figures go to the speaker notes. */
	static final int MAX_WORDS = 50;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.,%×^−-]*");

	private static final Pattern RAW_URL = Pattern.compile("<https?://|(?<!\\]\\()https?://");

	private static final Pattern SHOWN_URL = Pattern.compile(">\\s*https?://");

	@Test
	void everySlideWhenShownThenHasAtMostAboutFiftyWords() throws IOException {
		List<String> long_ = new ArrayList<>();
		forEachSlide((deck, n, slide) -> {
			int words = words(slide.markdown());
			if (words > MAX_WORDS) {
				long_.add(deck + " slide " + n + ": " + words + " words");
			}
		});
		assertThat(long_)
				.as("slides over %d words of body text; move the rest to the notes", MAX_WORDS)
				.isEmpty();
	}

	@Test
	void everySlideWhenShownThenPrintsNoRawWebAddress() throws IOException {
		List<String> raw = new ArrayList<>();
		forEachSlide((deck, n, slide) -> {
			String body = slide.markdown().replaceAll("(?s)```.*?```", "").replaceAll("`[^`]*`", "");
			if (RAW_URL.matcher(body).find() || SHOWN_URL.matcher(slide.html()).find()) {
				raw.add(deck + " slide " + n);
			}
		});
		assertThat(raw)
				.as("slides that print a web address instead of a titled link")
				.isEmpty();
	}

	@Test
	void wordsWhenCountedThenHeadingsSourcesLinkTargetsAndCodeLeftOut() {
		assertThat(words("## A long heading here\n\nOne two three.\n\nSources: [Title](https://example.org/a/b)"))
				.isEqualTo(3);
		assertThat(words("| a | b |\n|---|---|\n| c d | `SOME_CODE` |")).isEqualTo(4);
		assertThat(RAW_URL.matcher("Sources: NIST — <https://nist.gov>").find()).isTrue();
		assertThat(RAW_URL.matcher("Sources: [nist.gov](https://nist.gov)").find())
				.isFalse();
	}

	@Test
	void diagramsWhenDeckShownThenEachIsOnASlide() throws IOException {
		List<String> images = new ArrayList<>();
		forEachSlide((deck, n, slide) -> {
			Matcher m = Pattern.compile("!\\[[^\\]]{20,}\\]\\((/images/slides/[a-z0-9-]+\\.svg)\\)")
					.matcher(slide.markdown());
			while (m.find()) {
				images.add(m.group(1));
			}
		});
		assertThat(images)
				.as("the course's diagrams, each with an alternative text of a sentence or more")
				.contains(
						"/images/slides/sd-jwt-anatomy.svg",
						"/images/slides/oid4vci-flow.svg",
						"/images/slides/oid4vp-flow.svg",
						"/images/slides/registry-fanout.svg",
						"/images/slides/fpir-gallery.svg",
						"/images/slides/familial-search.svg");
		for (String image : images) {
			Path file = Path.of("src/main/resources/static", image);
			assertThat(file).as(image).exists();
			assertThat(Files.readString(file, StandardCharsets.UTF_8))
					.contains("<title")
					.contains("<desc");
		}
	}

	/** Words a learner reads on the slide: not the heading, the sources footer, link targets or code. */
	static int words(String markdown) {
		List<String> kept = new ArrayList<>();
		for (String paragraph : markdown.replaceAll("(?s)```.*?```", "").split("\\n\\s*\\n")) {
			if (SafeMarkdown.SOURCE_LABELS.stream().noneMatch(paragraph.strip()::startsWith)) {
				kept.add(paragraph);
			}
		}
		String text = String.join("\n", kept)
				.replaceAll("(?m)^#.*$", "")
				.replaceAll("`[^`]*`", "")
				.replaceAll("!\\[[^\\]]*\\]\\([^)]*\\)", "")
				.replaceAll("\\]\\([^)]*\\)", "]")
				.replaceAll("(?m)^\\s*\\|?[-:| ]+\\|?\\s*$", "");
		int words = 0;
		Matcher m = WORD.matcher(text);
		while (m.find()) {
			words++;
		}
		return words;
	}

	interface SlideVisitor {
		void visit(String deck, int number, Slide slide);
	}

	static void forEachSlide(SlideVisitor visitor) throws IOException {
		DeckParser parser = new DeckParser();
		try (Stream<Path> files = Files.list(Path.of("slides"))) {
			for (Path file :
					files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
				// a translation (1-two-futures.ru.md) is held to the same limits under its deck's id
				String id = file.getFileName().toString().replaceFirst("(\\.[a-z]{2,3})?\\.md$", "");
				Deck deck = parser.parse(id, Files.readString(file, StandardCharsets.UTF_8));
				for (int i = 0; i < deck.slides().size(); i++) {
					visitor.visit(id, i + 1, deck.slides().get(i));
				}
			}
		}
	}
}
