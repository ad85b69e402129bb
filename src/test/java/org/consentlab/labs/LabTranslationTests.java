package org.consentlab.labs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.consentlab.support.Figures;
import org.consentlab.web.Languages;
import org.junit.jupiter.api.Test;

/**
 * Every lab and walkthrough exists in every language of the course, each translation keeps its
 * original's ids, answer kinds, attempt limits and hint counts, and states the same figures. The
 * content tests name each missing file, task and number; the fixture tests under
 * {@code src/test/resources/i18n-fixture} show that the engine and these checks see a drift.
 */
class LabTranslationTests {

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	private static final String GOOD = "classpath*:i18n-fixture/good/labs/*/";

	private static final String DRIFT = "classpath*:i18n-fixture/drift/labs/*/";

	private static final Pattern SECTION = Pattern.compile("(?m)^## (L\\d{1,2}\\.[a-z0-9-]+)\\s*$");

	private final LabParser parser = new LabParser();

	@Test
	void translationWhenPresentThenShownToItsReadersAndTheOriginalToOthers() {
		LabCatalogue catalogue = new LabCatalogue(GOOD, List.of(check("L0.hidden-claims")), Set.of());

		assertThat(catalogue.find("L0", RUSSIAN).orElseThrow().title()).isEqualTo("Два будущих");
		assertThat(catalogue
						.find("L0", Locale.forLanguageTag("ru-RU"))
						.orElseThrow()
						.tasks()
						.get(0)
						.prompt())
				.startsWith("Бару нужно");
		assertThat(catalogue.find("L0", Languages.original()).orElseThrow().title())
				.isEqualTo("Two futures");
		assertThat(catalogue
						.find("L0", Locale.forLanguageTag("de"))
						.orElseThrow()
						.title())
				.as("a language the course is not written in reads the original")
				.isEqualTo("Two futures");
		assertThat(catalogue.all(RUSSIAN)).extracting(Lab::title).containsExactly("Два будущих");
		assertThat(catalogue.all()).extracting(Lab::title).containsExactly("Two futures");
		assertThat(catalogue.checkFor(
						catalogue.find("L0", RUSSIAN).orElseThrow().tasks().get(0)))
				.as("a translated task is checked by its original's check")
				.isNotNull();
	}

	@Test
	void translationWhenItsTasksDriftThenStartUpFailsNamingFileAndTask() {
		assertThatThrownBy(() -> new LabCatalogue(DRIFT, List.of(check("L0.hidden-claims")), Set.of()))
				.isInstanceOf(LabFormatException.class)
				.hasMessageContaining("lab.ru.md")
				.hasMessageContaining("task L0.hidden-claims: attempts is 3 instead of 2")
				.hasMessageContaining("task L0.reflection: answer is text instead of longtext")
				.hasMessageContaining("task L0.reflection: number of hints is 2 instead of 1");
	}

	@Test
	void differencesWhenTaskIdsDifferThenListsBoth() throws IOException {
		Lab original = fixture("good", "lab.md");
		Lab renamed = parser.parse("x", read("good", "lab.ru.md").replace("L0.hidden-claims", "L0.hidden"));

		assertThat(LabTranslations.differences(original, renamed))
				.containsExactly(
						"lab L0: task ids [L0.hidden, L0.reflection] instead of [L0.hidden-claims, L0.reflection]");
		assertThat(LabTranslations.differences(original, fixture("good", "lab.ru.md")))
				.isEmpty();
	}

	@Test
	void walkthroughWhenTranslatedThenShownToItsReaders() {
		Walkthroughs walkthroughs = new Walkthroughs(GOOD);

		assertThat(walkthroughs.of("L0", RUSSIAN).orElseThrow()).startsWith("# Разбор: L0");
		assertThat(walkthroughs.of("L0", Languages.original()).orElseThrow()).startsWith("# Walkthrough: L0");
		assertThat(walkthroughs.of("L0"))
				.contains(walkthroughs.of("L0", Languages.original()).orElseThrow());
	}

	@Test
	void figuresWhenTranslatedFaithfullyThenTheSameAndWhenChangedThenNamed() throws IOException {
		String original = read("good", "lab.md");
		String translation = read("good", "lab.ru.md");

		assertThat(Figures.differences(original, translation)).isEmpty();
		assertThat(Figures.differences("ETSI TS 119 475 and OpenID4VP", "ETSI TS 119 475 и OpenID4VP, с A128GCM"))
				.as("a plain space separates two numbers; the digits of a name are no figure")
				.isEmpty();
		assertThat(Figures.differences(original, translation.replace("10\u00A0000 человек", "1\u00A0000 человек")))
				.containsExactly(
						"1000: 0 in the original, 1 in the translation",
						"10000: 1 in the original, 0 in the translation");
		assertThat(Figures.differences(original, translation.replace("0,001 %", "0,01 %")))
				.containsExactly(
						"0.001: 1 in the original, 0 in the translation",
						"0.01: 0 in the original, 1 in the translation");
	}

	/** Names every lab and walkthrough that has no translation yet, per language. */
	@Test
	void everyLabWhenListedThenTranslatedIntoEveryLanguage() throws IOException {
		List<String> missing = new ArrayList<>();
		for (Path folder : folders()) {
			for (Locale language : Languages.translations()) {
				for (String file : List.of("lab", "walkthrough")) {
					if (Files.exists(folder.resolve(file + ".md"))
							&& !Files.exists(folder.resolve(file + "." + language.toLanguageTag() + ".md"))) {
						missing.add(folder.resolve(file + "." + language.toLanguageTag() + ".md")
								.toString());
					}
				}
			}
		}
		assertThat(missing).as("translations still to write").isEmpty();
	}

	/** Each translation keeps ids, answer kinds, attempts and hint counts, and a section per task in its walkthrough. */
	@Test
	void everyTranslatedLabWhenComparedThenKeepsItsOriginalsIdsAndSections() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path folder : folders()) {
			Lab original = parser.parse(folder + "/lab.md", Files.readString(folder.resolve("lab.md")));
			for (Locale language : Languages.translations()) {
				Path lab = folder.resolve("lab." + language.toLanguageTag() + ".md");
				if (Files.exists(lab)) {
					LabTranslations.differences(original, parser.parse(lab.toString(), Files.readString(lab)))
							.forEach(problem -> problems.add(lab + ": " + problem));
				}
				Path walkthrough = folder.resolve("walkthrough." + language.toLanguageTag() + ".md");
				if (Files.exists(walkthrough)) {
					List<String> sections = sections(Files.readString(walkthrough, StandardCharsets.UTF_8));
					List<String> tasks = original.tasks().stream().map(Task::id).toList();
					if (!sections.equals(tasks)) {
						problems.add(walkthrough + ": sections " + sections + " instead of one per task " + tasks);
					}
				}
			}
		}
		assertThat(problems)
				.as("translations that differ from their originals in more than words")
				.isEmpty();
	}

	/** Every number of a lab or walkthrough appears in its translation as often, so no figure is mistranslated. */
	@Test
	void everyTranslationWhenReadThenStatesTheOriginalsFigures() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path folder : folders()) {
			for (String file : List.of("lab", "walkthrough")) {
				for (Locale language : Languages.translations()) {
					Path original = folder.resolve(file + ".md");
					Path translation = folder.resolve(file + "." + language.toLanguageTag() + ".md");
					if (Files.exists(original) && Files.exists(translation)) {
						Figures.differences(
										Files.readString(original, StandardCharsets.UTF_8),
										Files.readString(translation, StandardCharsets.UTF_8))
								.forEach(difference -> problems.add(translation + ": " + difference));
					}
				}
			}
		}
		assertThat(problems)
				.as("numbers that differ between a lab and its translation")
				.isEmpty();
	}

	private static List<String> sections(String walkthrough) {
		List<String> found = new ArrayList<>();
		Matcher matcher = SECTION.matcher(walkthrough);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static List<Path> folders() throws IOException {
		try (Stream<Path> folders = Files.list(Path.of("labs"))) {
			return folders.filter(Files::isDirectory).sorted().toList();
		}
	}

	private Lab fixture(String set, String file) throws IOException {
		return parser.parse(file, read(set, file));
	}

	private static String read(String set, String file) throws IOException {
		return Files.readString(
				Path.of("src/test/resources/i18n-fixture", set, "labs/l00-sample", file), StandardCharsets.UTF_8);
	}

	private static TaskCheck check(String id) {
		return new TaskCheck() {
			@Override
			public String taskId() {
				return id;
			}

			@Override
			public CheckResult check(org.consentlab.account.Account learner, String answer) {
				return CheckResult.fail("never");
			}
		};
	}
}
