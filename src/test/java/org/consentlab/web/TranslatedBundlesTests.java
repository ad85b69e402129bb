package org.consentlab.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The message bundles of every language: each translation has exactly the keys of the original,
 * the original has no key nothing uses, Russian plurals have the forms Russian needs (1 день,
 * 2 дня, 5 дней, 21 день), apostrophes show once with and without arguments, and times are written
 * the reader's way. The content tests list every missing, extra or unused key; the fixture bundle
 * under {@code src/test/resources/i18n-fixture/bundles} shows the formatting rules at work.
 */
class TranslatedBundlesTests {

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	/** A key as code names it: in a string literal, a template's #{...}, or a prefix a key is built from. */
	private static final Pattern LITERAL = Pattern.compile("[\"']([A-Za-z][\\w.-]*)[\"']|#\\{([A-Za-z][\\w.-]*)");

	private static final List<Path> USERS = List.of(
			Path.of("src/main/java"),
			Path.of("src/main/resources/templates"),
			Path.of("src/main/resources/static"),
			Path.of("labs"),
			Path.of("slides"));

	@Test
	void pluralWhenRussianThenOneFewAndManyForms() {
		PluralMessageSource messages = messages("i18n-fixture/bundles/sample");
		Map<Integer, String> expected =
				Map.of(1, "1 день", 2, "2 дня", 5, "5 дней", 11, "11 дней", 21, "21 день", 22, "22 дня", 25, "25 дней");
		expected.forEach((n, text) -> assertThat(messages.getMessage("days", new Object[] {n}, RUSSIAN))
				.as("%d", n)
				.isEqualTo(text));
		assertThat(messages.getMessage("days", new Object[] {1}, Languages.original()))
				.isEqualTo("1 day");
		assertThat(messages.getMessage("days", new Object[] {21}, Languages.original()))
				.isEqualTo("21 days");
	}

	@Test
	void apostropheWhenMessageHasNoArgumentsOrSomeThenShownOnceInEveryLanguage() {
		PluralMessageSource messages = messages("i18n-fixture/bundles/sample");
		for (Locale language : Languages.all()) {
			String plain = messages.getMessage("apostrophe.plain", null, language);
			assertThat(messages.getMessage("apostrophe.escaped", null, language))
					.isEqualTo(plain);
			assertThat(plain).contains("'").doesNotContain("''");
			assertThat(messages.getMessage("apostrophe.args", new Object[] {22}, language))
					.startsWith(plain)
					.contains("22 ")
					.doesNotContain("''");
		}
		assertThat(messages.getMessage("apostrophe.args", new Object[] {22}, RUSSIAN))
				.isEqualTo("Хронология О'Коннора: 22 запроса.");
	}

	@Test
	void timeWhenShownThenInTheReadersWay() {
		Instant instant = Instant.parse("2026-12-04T14:05:09Z");

		assertThat(new Times(Languages.original()).format(instant)).isEqualTo("Dec 4, 2026, 14:05:09 UTC");
		assertThat(new Times(RUSSIAN).format(instant)).isEqualTo("4 дек. 2026 г., 14:05:09 UTC");
		assertThat(new Times(Locale.forLanguageTag("de")).format(instant))
				.as("a language the course lacks reads the original's way")
				.isEqualTo("Dec 4, 2026, 14:05:09 UTC");
	}

	/** Lists, per bundle and language, every key the translation lacks and every key it has that the original does not. */
	@Test
	void everyKeyWhenInTheOriginalThenInEveryTranslationAndNoOther() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String basename : basenames()) {
			Set<String> original = keys(Path.of("src/main/resources", basename + ".properties"));
			for (Locale language : Languages.translations()) {
				Path file = Path.of("src/main/resources", basename + "_" + language.toLanguageTag() + ".properties");
				if (!Files.exists(file)) {
					problems.add(file + " is missing: " + original.size() + " keys to translate");
					continue;
				}
				Set<String> translated = keys(file);
				Set<String> missing = new TreeSet<>(original);
				missing.removeAll(translated);
				Set<String> extra = new TreeSet<>(translated);
				extra.removeAll(original);
				missing.forEach(key -> problems.add(file + ": missing " + key));
				extra.forEach(key -> problems.add(file + ": not in the original " + key));
			}
		}
		assertThat(problems)
				.as("keys that differ between a bundle and its translations")
				.isEmpty();
	}

	/**
	 * A key is used when code, a template, a script, a lab or a deck names it, or names a prefix it
	 * is built from ({@code "category." + name}, {@code prefix + ".title"}). Unused keys are text
	 * no learner reads that every translation would still have to carry.
	 */
	@Test
	void everyKeyWhenDefinedThenUsedSomewhere() throws IOException {
		Set<String> named = new TreeSet<>();
		for (Path root : USERS) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Matcher literal = LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
					while (literal.find()) {
						named.add(literal.group(1) != null ? literal.group(1) : literal.group(2));
					}
				}
			}
		}
		List<String> unused = new ArrayList<>();
		for (String basename : basenames()) {
			for (String key : keys(Path.of("src/main/resources", basename + ".properties"))) {
				if (!used(key, named)) {
					unused.add(basename + ": " + key);
				}
			}
		}
		assertThat(unused).as("keys nothing in the app uses").isEmpty();
	}

	@Test
	void usedWhenKeyNamedOrBuiltFromAPrefixThenTrue() {
		Set<String> named = Set.of("labs.title", "category.", "registry.family.own");

		assertThat(used("labs.title", named)).isTrue();
		assertThat(used("category.FACE", named)).isTrue();
		assertThat(used("registry.family.own.title", named)).isTrue();
		assertThat(used("labs.titles", named)).isFalse();
		assertThat(used("check.L0.old", named)).isFalse();
	}

	/**
	 * Every plural of a translation names each form its language has (Russian: one, few, many,
	 * other), and its {@code one} form shows the number with {@code #}: in Russian it also covers 21,
	 * 31 and 101, which "одна" would misstate. Lists each message and what it lacks.
	 */
	@Test
	void everyPluralWhenTranslatedThenHasEveryFormOfItsLanguage() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String basename : basenames()) {
			for (Locale language : Languages.translations()) {
				Path file = Path.of("src/main/resources", basename + "_" + language.toLanguageTag() + ".properties");
				if (Files.exists(file)) {
					properties(file)
							.forEach((key, pattern) -> pluralProblems(pattern, language)
									.forEach(problem -> problems.add(file + ": " + key + ": " + problem)));
				}
			}
		}
		assertThat(problems).as("plurals that lack a form of their language").isEmpty();
	}

	@Test
	void pluralProblemsWhenAFormIsMissingThenNamed() {
		assertThat(pluralProblems("{0, plural, one {# день} few {# дня} many {# дней} other {# дня}}", RUSSIAN))
				.isEmpty();
		assertThat(pluralProblems("{0, plural, one {# день} other {# дней}}", RUSSIAN))
				.containsExactly("argument 0 has no form for [few, many]");
		assertThat(pluralProblems("{0, plural, one {один день} few {# дня} many {# дней} other {# дня}}", RUSSIAN))
				.containsExactly(
						"argument 0: the form 'one' must show the number (#): it is also used for 21, 31, 101");
		assertThat(pluralProblems("Нет {0} запросов", RUSSIAN)).isEmpty();
	}

	/** Every message of every translation formats, with and without arguments, and shows no doubled apostrophe. */
	@Test
	void everyTranslatedMessageWhenFormattedThenClean() throws IOException {
		PluralMessageSource messages = messages(basenames().toArray(String[]::new));
		List<String> broken = new ArrayList<>();
		Object[] args = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
		for (Locale language : Languages.translations()) {
			for (String basename : basenames()) {
				Path file = Path.of("src/main/resources", basename + "_" + language.toLanguageTag() + ".properties");
				if (!Files.exists(file)) {
					continue;
				}
				for (Map.Entry<String, String> message : properties(file).entrySet()) {
					String raw = message.getValue();
					try {
						boolean formats = raw.contains("{") && !raw.contains(",date") && !raw.contains(",time");
						String shown = messages.getMessage(message.getKey(), formats ? args : null, language);
						if (shown.contains("''") || (formats && shown.matches("(?s).*\\{\\d.*"))) {
							broken.add(file + ": " + message.getKey() + ": " + shown);
						}
					} catch (IllegalArgumentException e) {
						broken.add(file + ": " + message.getKey() + ": " + e.getMessage());
					}
				}
			}
		}
		assertThat(broken).as("translated messages that do not format cleanly").isEmpty();
	}

	static boolean used(String key, Set<String> named) {
		if (named.contains(key)) {
			return true;
		}
		for (String prefix : named) {
			boolean built = (prefix.endsWith(".") || prefix.endsWith("-")) && key.startsWith(prefix);
			boolean parent = prefix.indexOf('.') > 0 && key.startsWith(prefix + ".");
			if (built || parent) {
				return true;
			}
		}
		return false;
	}

	static List<String> pluralProblems(String pattern, Locale language) {
		List<String> problems = new ArrayList<>();
		MessagePattern parsed;
		try {
			parsed = new MessagePattern(pattern);
		} catch (IllegalArgumentException e) {
			return List.of("does not parse: " + e.getMessage());
		}
		Set<String> forms = PluralRules.forLocale(ULocale.forLocale(language)).getKeywords();
		for (int i = 0; i < parsed.countParts(); i++) {
			MessagePattern.Part part = parsed.getPart(i);
			if (part.getType() != MessagePattern.Part.Type.ARG_START
					|| part.getArgType() != MessagePattern.ArgType.PLURAL) {
				continue;
			}
			String argument = parsed.getSubstring(parsed.getPart(i + 1));
			Set<String> missing = new TreeSet<>(forms);
			int limit = parsed.getLimitPartIndex(i);
			for (int j = i + 2; j < limit; j++) {
				MessagePattern.Part selector = parsed.getPart(j);
				if (selector.getType() != MessagePattern.Part.Type.ARG_SELECTOR) {
					continue;
				}
				String form = parsed.getSubstring(selector);
				missing.remove(form);
				int start = j + 1;
				while (parsed.getPart(start).getType() != MessagePattern.Part.Type.MSG_START) {
					start++;
				}
				int end = parsed.getLimitPartIndex(start);
				String text = pattern.substring(
						parsed.getPart(start).getLimit(), parsed.getPart(end).getIndex());
				if (form.equals("one") && forms.contains("few") && !text.contains("#")) {
					problems.add("argument " + argument
							+ ": the form 'one' must show the number (#): it is also used for 21, 31, 101");
				}
				j = end;
			}
			if (!missing.isEmpty()) {
				problems.add("argument " + argument + " has no form for " + missing);
			}
		}
		return problems;
	}

	/** The bundles the app reads, from {@code spring.messages.basename}, and the command line's own. */
	private static List<String> basenames() throws IOException {
		Properties app = new Properties();
		try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
			app.load(in);
		}
		List<String> basenames = new ArrayList<>(
				List.of(app.getProperty("spring.messages.basename").split(",")));
		basenames.add("cli/messages");
		return basenames;
	}

	private static Set<String> keys(Path file) throws IOException {
		return new TreeSet<>(properties(file).keySet());
	}

	private static Map<String, String> properties(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		Map<String, String> all = new TreeMap<>();
		properties.stringPropertyNames().forEach(key -> all.put(key, properties.getProperty(key)));
		return all;
	}

	private static PluralMessageSource messages(String... basenames) {
		return PluralMessageSource.of(basenames);
	}
}
