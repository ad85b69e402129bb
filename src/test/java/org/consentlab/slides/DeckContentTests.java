package org.consentlab.slides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.consentlab.labs.LabCatalogue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every deck in {@code slides/} as an instructor would meet it in class: it parses, each slide has
 * a heading and speaker notes, every link inside the app leads somewhere, and a slide that shows a
 * figure carries a source address (the course shows no figure without its source).
 */
@SpringBootTest(properties = SlidesControllerTests.IN_MEMORY_DATABASE)
@AutoConfigureMockMvc
class DeckContentTests {

	private static final Pattern HEADING = Pattern.compile("<h[1-3]>");

	/** What is not a figure: lab ids, list numbers, 1:1 / 1:N, link targets and code. */
	private static final Pattern NOT_A_FIGURE = Pattern.compile(
			"\\]\\([^)]*\\)|<https?://[^>]*>|`[^`]*`|\\bL\\d{1,2}\\b|^\\s*\\d+\\.\\s|\\b1:[1N]\\b", Pattern.MULTILINE);

	private static final Pattern LAB_LINK = Pattern.compile("/labs/(L\\d{1,2})");

	private static final Pattern DECK_LINK = Pattern.compile("/slides/([a-z0-9-]+)(/presenter)?");

	@Autowired
	private DeckCatalogue decks;

	@Autowired
	private LabCatalogue labs;

	@Autowired
	private MockMvc mvc;

	@Test
	void decksWhenLoadedThenEveryFileIsADeckInCourseOrder() throws Exception {
		// a translation (1-two-futures.ru.md) is not a deck of its own
		long files = java.util.Arrays.stream(
						new PathMatchingResourcePatternResolver().getResources(DeckCatalogue.LOCATION))
				.filter(file -> file.getFilename().split("\\.").length == 2)
				.count();

		assertThat(decks.all()).hasSize((int) files);
		assertThat(decks.all()).extracting(Deck::id).startsWith("1-two-futures", "2-central-registries");
	}

	@Test
	void everySlideWhenRenderedThenHasHeadingAndNotes() {
		List<String> problems = new ArrayList<>();
		forEachSlide((deck, n, slide) -> {
			if (!HEADING.matcher(slide.html()).find()) {
				problems.add(deck.id() + " slide " + n + ": no heading (#, ## or ###)");
			}
			if (!slide.hasNotes()) {
				problems.add(deck.id() + " slide " + n + ": no speaker notes (a line starting Note:)");
			}
		});
		assertThat(problems).isEmpty();
	}

	@Test
	void everyLinkWhenInsideTheAppThenLeadsToAPage() throws Exception {
		List<String> problems = new ArrayList<>();
		for (Deck deck : allLanguages()) {
			for (Slide slide : deck.slides()) {
				for (String link : slide.links()) {
					String problem = problem(link);
					if (problem != null) {
						problems.add(deck.id() + ": " + link + " " + problem);
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everySlideWhenShowingAFigureThenCitesASourceAddress() {
		List<String> problems = new ArrayList<>();
		forEachSlide((deck, n, slide) -> {
			if (figureWithoutSource(slide)) {
				problems.add(deck.id() + " slide " + n + " shows a figure but cites no source address");
			}
		});
		assertThat(problems).isEmpty();
	}

	@Test
	void figureWithoutSourceWhenDigitsShownThenOnlyASourceAddressClearsIt() {
		DeckParser parser = new DeckParser();

		assertThat(figureWithoutSource(parser.parse("d", "## 5.6 million prints\nNote: n")
						.slides()
						.get(0)))
				.isTrue();
		assertThat(figureWithoutSource(parser.parse("d", "## 5.6 million\nNote: OPM, https://www.opm.gov/")
						.slides()
						.get(0)))
				.isFalse();
		assertThat(figureWithoutSource(
						parser.parse("d", "## Labs L1–L6\n\n1. one\n2. a 1:N search, `idx 7` [L0](/labs/L0)\nNote: n")
								.slides()
								.get(0)))
				.isFalse();
	}

	/** A digit left once lab ids, list numbers, 1:N, code and link targets are removed is a figure. */
	static boolean figureWithoutSource(Slide slide) {
		String shown = NOT_A_FIGURE.matcher(slide.markdown()).replaceAll(" ");
		boolean figure = shown.chars().anyMatch(Character::isDigit);
		return figure && !(slide.markdown() + slide.notes()).contains("http");
	}

	private String problem(String link) throws Exception {
		if (link.startsWith("https://") || link.startsWith("http://")) {
			return null;
		}
		if (!link.startsWith("/")) {
			return "is neither a web address nor a path in the app";
		}
		var lab = LAB_LINK.matcher(link);
		if (lab.matches()) {
			return labs.find(lab.group(1)).isPresent() ? null : "names a lab that does not exist (yet)";
		}
		var deck = DECK_LINK.matcher(link);
		if (deck.matches()) {
			return decks.find(deck.group(1)).isPresent() ? null : "names a deck that does not exist";
		}
		int status = mvc.perform(get(link)).andReturn().getResponse().getStatus();
		return status == 404 ? "answers 404" : null;
	}

	/** Every deck in every language, so a translation keeps its headings, notes and links too. */
	private List<Deck> allLanguages() {
		List<Deck> all = new ArrayList<>(decks.all());
		for (java.util.Locale language : org.consentlab.web.Languages.translations()) {
			decks.all().stream()
					.filter(deck -> decks.translated(deck.id(), language))
					.forEach(deck -> all.add(decks.find(deck.id(), language).orElseThrow()));
		}
		return all;
	}

	private void forEachSlide(SlideVisitor visitor) {
		for (Deck deck : allLanguages()) {
			for (int i = 0; i < deck.size(); i++) {
				visitor.visit(deck, i + 1, deck.slides().get(i));
			}
		}
	}

	@FunctionalInterface
	private interface SlideVisitor {

		void visit(Deck deck, int number, Slide slide);
	}
}
