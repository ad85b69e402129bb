package org.consentlab.slides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.consentlab.support.Figures;
import org.consentlab.web.Languages;
import org.junit.jupiter.api.Test;

/**
 * Every deck and the Sources & methods page exist in every language of the course, each translation
 * with its original's slide count, labs and section ids, and the same figures. The content tests
 * name each missing file and number; the fixture tests show the engine refuses a drifting deck or
 * page at start-up.
 */
class DeckTranslationTests {

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	@Test
	void deckWhenTranslatedThenShownToItsReadersWithItsSourcesFooter() {
		DeckCatalogue decks = new DeckCatalogue("classpath*:i18n-fixture/good/slides/*.md");

		assertThat(decks.all()).extracting(Deck::id).containsExactly("1-sample");
		assertThat(decks.find("1-sample", RUSSIAN).orElseThrow().title()).isEqualTo("Два будущих");
		assertThat(decks.find("1-sample", Languages.original()).orElseThrow().title())
				.isEqualTo("Two futures");
		assertThat(decks.find("1-sample", RUSSIAN).orElseThrow().slides().get(1).html())
				.as("a Russian sources line is the slide's footer too")
				.contains("<p class=\"sources\">Источник:");
		assertThat(decks.translated("1-sample", RUSSIAN)).isTrue();
	}

	@Test
	void deckWhenTranslationHasOtherSlidesOrLabsThenStartUpFailsNamingTheFile() {
		assertThatThrownBy(() -> new DeckCatalogue("classpath*:i18n-fixture/drift/slides/*.md"))
				.isInstanceOf(DeckFormatException.class)
				.hasMessage("1-sample.ru.md: has 1 slides, 1-sample.md has 2");
		DeckParser parser = new DeckParser();
		Deck original = parser.parse("d", "---\nlabs: [L0]\n---\n# One\n");
		Deck otherLabs = parser.parse("d", "---\nlabs: [L1]\n---\n# Один\n");
		assertThatThrownBy(() -> new DeckCatalogue(List.of(original), java.util.Map.of("ru", List.of(otherLabs))))
				.isInstanceOf(DeckFormatException.class)
				.hasMessage("d.ru.md: leads to labs [L1], d.md to [L0]");
	}

	@Test
	void deckWhenInALanguageTheCourseLacksThenStartUpFails() {
		assertThatThrownBy(() -> new DeckCatalogue("classpath*:i18n-fixture/unknown-language/*.md"))
				.isInstanceOf(DeckFormatException.class)
				.hasMessageContaining("1-sample.xx.md: is in 'xx'");
	}

	@Test
	void sourcesWhenTranslatedThenHeadingsKeepTheOriginalsIdsByPositionOrByName() {
		SourcesPage page = new SourcesPage("# Sources and methods\n\n## Base rate\n\ntext\n\n## Iris model\n");

		String translated =
				page.translate("s.ru.md", "# Источники и методы\n\n## Базовая частота\n\n## Модель радужки\n");
		assertThat(translated)
				.contains("<h1 id=\"sources-and-methods\">Источники и методы</h1>")
				.contains("<h2 id=\"base-rate\">Базовая частота</h2>")
				.contains("<h2 id=\"iris-model\">Модель радужки</h2>");
		assertThat(page.translate("s.ru.md", "# Источники\n\n## Частота {#base-rate}\n\n## Радужка {#iris-model}\n"))
				.contains("<h2 id=\"base-rate\">Частота</h2>");
		assertThatThrownBy(() -> page.translate("s.ru.md", "# Источники\n\n## Базовая частота\n"))
				.isInstanceOf(DeckFormatException.class)
				.hasMessageContaining("s.ru.md: its headings must line up")
				.hasMessageContaining("[sources-and-methods, base-rate, iris-model]");
		assertThatThrownBy(() -> page.translate("s.ru.md", "# И\n\n## Радужка {#iris-model}\n\n## Частота\n"))
				.isInstanceOf(DeckFormatException.class)
				.hasMessageContaining("they give [sources-and-methods, iris-model, iris-model]");
	}

	@Test
	void figuresWhenDeckTranslatedThenTheSame() throws IOException {
		String original = fixture("good/slides/1-sample.md");
		String translation = fixture("good/slides/1-sample.ru.md");

		assertThat(Figures.differences(original, translation)).isEmpty();
		assertThat(Figures.differences(original, translation.replace("12\u00A0000\u00A0000", "1\u00A0200\u00A0000")))
				.containsExactly(
						"1200000: 0 in the original, 1 in the translation",
						"12000000: 1 in the original, 0 in the translation");
	}

	/** Names every deck and page that has no translation yet, per language. */
	@Test
	void everyDeckAndTheSourcesPageWhenListedThenTranslatedIntoEveryLanguage() throws IOException {
		List<String> missing = new ArrayList<>();
		for (Path original : originals()) {
			for (Locale language : Languages.translations()) {
				Path translation = translation(original, language);
				if (!Files.exists(translation)) {
					missing.add(translation.toString());
				}
			}
		}
		assertThat(missing).as("translations still to write").isEmpty();
	}

	/** The app starts with them (slide counts, labs, section ids); and each states its original's figures. */
	@Test
	void everyTranslatedDeckWhenLoadedThenMatchesItsOriginal() throws IOException {
		DeckCatalogue decks = new DeckCatalogue(DeckCatalogue.LOCATION);
		SourcesPage sources = new SourcesPage();
		for (Locale language : Languages.translations()) {
			if (Files.exists(Path.of("sources/sources." + language.toLanguageTag() + ".md"))) {
				assertThat(sources.translated(language)).isTrue();
			}
			for (Deck deck : decks.all()) {
				if (decks.translated(deck.id(), language)) {
					assertThat(decks.find(deck.id(), language).orElseThrow().size())
							.isEqualTo(deck.size());
				}
			}
		}
		List<String> problems = new ArrayList<>();
		for (Path original : originals()) {
			for (Locale language : Languages.translations()) {
				Path translation = translation(original, language);
				if (Files.exists(translation)) {
					Figures.differences(
									Files.readString(original, StandardCharsets.UTF_8),
									Files.readString(translation, StandardCharsets.UTF_8))
							.forEach(difference -> problems.add(translation + ": " + difference));
				}
			}
		}
		assertThat(problems)
				.as("numbers that differ between a deck or page and its translation")
				.isEmpty();
	}

	/** The decks and the Sources & methods page in the original language. */
	private static List<Path> originals() throws IOException {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> decks = Files.list(Path.of("slides"))) {
			decks.filter(p -> p.getFileName().toString().matches("[^.]+\\.md"))
					.sorted()
					.forEach(files::add);
		}
		files.add(Path.of("sources/sources.md"));
		return files;
	}

	private static Path translation(Path original, Locale language) {
		String name = original.getFileName().toString();
		return original.resolveSibling(name.replaceFirst("\\.md$", "." + language.toLanguageTag() + ".md"));
	}

	private static String fixture(String path) throws IOException {
		return Files.readString(Path.of("src/test/resources/i18n-fixture", path), StandardCharsets.UTF_8);
	}
}
