package org.consentlab.slides;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards on what the course puts on screen, so that an instructor can defend every figure: figures in
 * labs carry a source, values the course could not verify never appear, and what comes from a model
 * says so.
 */
class ContentTruthTests {

	/**
	 * Values recalled from the literature but never confirmed against their source. Each may be true,
	 * but none may be shown until it is checked.
	 */
	private static final Map<Pattern, String> UNVERIFIED = Map.of(
			Pattern.compile("0\\.458\\b"), "best-of-rotations impostor mean of a 2004 paper, not confirmed",
			Pattern.compile("0\\.0196\\b"), "best-of-rotations impostor spread of a 2004 paper, not confirmed",
			Pattern.compile("\\b0\\.065\\b"), "iris genuine-score spread, not confirmed (the miss curve is a model)",
			Pattern.compile("n\\s*/\\s*911"), "score normalisation formula, not confirmed",
			Pattern.compile("TCSVT"), "the 2004 iris paper's citation, not confirmed",
			Pattern.compile("1 in 10(¹¹|¹²|¹³|\\^1[123])"), "iris odds at 0.28 and below, not confirmed",
			Pattern.compile("\\b2\\s*(to|–|-)\\s*5\\s*×"), "a range of demographic differentials, not confirmed");

	/** A figure a learner might quote: a percentage, odds of one in N, billions, powers of ten. */
	private static final Pattern FIGURE = Pattern.compile("\\d+(\\.\\d+)?\\s?%|\\b1 in [\\d,.]+|\\bbillion\\b|×\\s?10");

	/** A numbered source, a link, or the Sources & methods page. */
	private static final Pattern SOURCE = Pattern.compile("\\[\\d+(,[^\\]]*)?\\]|https?://|\\(/sources");

	@Test
	void contentWhenShownThenHoldsNoUnverifiedValue() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path file : files(List.of(
				Path.of("labs"),
				Path.of("slides"),
				Path.of("sources"),
				Path.of("src/main/resources/i18n"),
				Path.of("src/main/resources/templates")))) {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			UNVERIFIED.forEach((value, why) -> {
				if (value.matcher(text).find()) {
					found.add(file + ": " + value.pattern() + " (" + why + ")");
				}
			});
		}
		assertThat(found)
				.as("values that are not confirmed must stay off screen")
				.isEmpty();
	}

	@Test
	void labWhenItStatesAFigureThenTheParagraphCitesASource() throws IOException {
		List<String> unsourced = new ArrayList<>();
		for (Path lab : files(List.of(Path.of("labs")))) {
			for (String paragraph :
					body(Files.readString(lab, StandardCharsets.UTF_8)).split("\\n\\s*\\n")) {
				if (!paragraph.strip().startsWith("```")
						&& FIGURE.matcher(paragraph).find()
						&& !SOURCE.matcher(paragraph).find()) {
					unsourced.add(lab + ": " + paragraph.strip().replace('\n', ' '));
				}
			}
		}
		assertThat(unsourced)
				.as("every figure in a lab needs a [n] source, a link or /sources in its paragraph")
				.isEmpty();
	}

	@Test
	void labWhenAFigureLacksASourceThenTheCheckFindsIt() {
		assertThat(FIGURE.matcher("About 60% of searches find a cousin.").find())
				.isTrue();
		assertThat(SOURCE.matcher("About 60% of searches find a cousin.").find())
				.isFalse();
		assertThat(SOURCE.matcher("About 60% of searches find a cousin [5].").find())
				.isTrue();
		assertThat(SOURCE.matcher("See [Sources & methods](/sources#base-rate).")
						.find())
				.isTrue();
	}

	@Test
	void irisMissesWhenShownThenCalledAModel() throws IOException {
		Properties registry = new Properties();
		try (Reader in = Files.newBufferedReader(
				Path.of("src/main/resources/i18n/registry.properties"), StandardCharsets.UTF_8)) {
			registry.load(in);
		}
		assertThat(registry.getProperty("registry.id.fnir")).contains("model");
		assertThat(registry.getProperty("check.L3.fnir.pass")).contains("model");
		assertThat(registry.getProperty("registry.id.intro")).contains("model");
	}

	/**
	 * Bundle messages whose figure is sourced by another message shown beside it on the same page
	 * (a table cell and the note under the table). The other message must itself cite a source.
	 */
	private static final Map<String, String> SOURCED_BESIDE = Map.of(
			"registry.id.daugman032", "registry.id.sources",
			"registry.id.daugman030", "registry.id.sources",
			"registry.id.one-in", "registry.id.published.ours");

	/**
	 * Bundle messages with digits that state no fact about the world: a task's wording, the size of
	 * the simulation, the learner's own progress. Each one is listed, so a new figure is not waved
	 * through by accident.
	 */
	private static final Map<String, String> NOT_A_CLAIM = Map.of(
			"check.answer.not-a-decimal", "an example of how to type an answer",
			"registry.go.identification", "the gallery sizes the simulation offers",
			"registry.id.title", "the lab's title",
			"check.L3.threshold.pass", "the task's target (1 % FPIR), about the learner's own searches",
			"check.L3.threshold.loose", "the task's target, about the learner's own searches",
			"check.L3.threshold.strict", "the task's target, about the learner's own searches",
			"check.L3.fnir.high", "the task's gallery size, about the learner's own curve",
			"check.L3.fnir.low", "the task's gallery size, about the learner's own curve",
			"registry.scan.gallery.note", "the simulation's memory limits",
			"registry.scan.state.DONE", "the learner's own scan, finished");

	private static final Map<String, String> NOT_A_CLAIM_MORE =
			Map.of("registry.scan.bad.gallery.face", "the simulation's memory limits");

	/** A count in millions: "12 million", "1.28 million". */
	private static final Pattern MILLIONS = Pattern.compile("\\d[\\d,.]*\\s*million");

	/** Words that say a value was simulated, where the reader must also read "model". */
	private static final Pattern SIMULATED = Pattern.compile("(?i)\\b(simulat\\w*|misses about)\\b");

	@Test
	void bundleWhenAMessageStatesAFigureThenItCitesASource() throws IOException {
		Properties all = bundles();
		List<String> unsourced = new ArrayList<>();
		for (String key : new java.util.TreeSet<>(all.stringPropertyNames())) {
			String text = all.getProperty(key);
			String literal = text.replaceAll("\\{[^{}]*\\}", " ");
			if (!FIGURE.matcher(literal).find() && !MILLIONS.matcher(literal).find()) {
				continue;
			}
			if (SOURCE.matcher(text).find()
					|| text.contains("/sources")
					|| NOT_A_CLAIM.containsKey(key)
					|| NOT_A_CLAIM_MORE.containsKey(key)) {
				continue;
			}
			String beside = SOURCED_BESIDE.get(key);
			if (beside != null
					&& all.getProperty(beside) != null
					&& (SOURCE.matcher(all.getProperty(beside)).find()
							|| all.getProperty(beside).contains("model"))) {
				continue;
			}
			unsourced.add(key + "=" + text);
		}
		assertThat(unsourced)
				.as("every figure in a message needs a source in the message, or beside it on the page")
				.isEmpty();
	}

	@Test
	void deckWhenASlideShowsAFigureThenItsFooterOrNotesCiteASource() throws IOException {
		List<String> unsourced = new ArrayList<>();
		SlideLengthTests.forEachSlide((deck, n, slide) -> {
			String body = slide.markdown().replaceAll("(?s)```.*?```", "");
			if ((FIGURE.matcher(body).find() || MILLIONS.matcher(body).find())
					&& !SOURCE.matcher(body).find()
					&& !SOURCE.matcher(slide.notes()).find()) {
				unsourced.add(deck + " slide " + n);
			}
		});
		assertThat(unsourced)
				.as("a slide with a figure cites its source in its footer or its notes")
				.isEmpty();
	}

	@Test
	void simulatedValueWhenShownThenCalledAModel() throws IOException {
		List<String> unlabelled = new ArrayList<>();
		Properties all = bundles();
		for (String key : all.stringPropertyNames()) {
			String text = all.getProperty(key);
			if (SIMULATED.matcher(text).find()
					&& (FIGURE.matcher(text).find() || text.matches("(?s).*\\{\\d,number.*"))
					&& !text.contains("model")) {
				unlabelled.add(key);
			}
		}
		SlideLengthTests.forEachSlide((deck, n, slide) -> {
			String body = slide.markdown();
			if (SIMULATED.matcher(body).find() && FIGURE.matcher(body).find() && !body.contains("model")) {
				unlabelled.add(deck + " slide " + n);
			}
		});
		assertThat(unlabelled)
				.as("a simulated figure must say that it comes from a model")
				.isEmpty();
	}

	@Test
	void bundleWhenAFigureIsUnsourcedThenTheCheckFindsIt() {
		String unsourced = "About 60 % of searches find a cousin.";
		assertThat(FIGURE.matcher(unsourced).find()).isTrue();
		assertThat(SOURCE.matcher(unsourced).find()).isFalse();
		assertThat(SIMULATED.matcher("The engine misses about 0.1 % of mates.").find())
				.isTrue();
	}

	private static Properties bundles() throws IOException {
		Properties all = new Properties();
		for (Path file : files(List.of(Path.of("src/main/resources/i18n")))) {
			try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				Properties one = new Properties();
				one.load(in);
				all.putAll(one);
			}
		}
		return all;
	}

	/** The Markdown after the front matter and before the Sources list. */
	private static String body(String lab) {
		String body = lab.startsWith("---") ? lab.substring(lab.indexOf("\n---\n", 3) + 5) : lab;
		int sources = body.indexOf("\n## Sources");
		return sources < 0 ? body : body.substring(0, sources);
	}

	private static List<Path> files(List<Path> roots) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path root : roots) {
			try (Stream<Path> walk = Files.walk(root)) {
				walk.filter(Files::isRegularFile)
						.filter(p -> p.toString().matches(".*\\.(md|properties|html)$"))
						.forEach(files::add);
			}
		}
		return files;
	}
}
