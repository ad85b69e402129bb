package org.consentlab.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.account.Account;
import org.consentlab.account.Accounts;
import org.consentlab.registry.querylog.QueryLog;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/**
 * A learner who reads the Registry in Russian meets its generated data in Russian too: the places
 * of a simulated week, addresses, employers and countries. Each Registry page is rendered with a
 * lived week, an enrolment and an extract, and every Latin word of its main content must be a
 * person's name (as the passport writes it), an id, an abbreviation or code. Unlike the general
 * page scan, a cell with Cyrillic around it does not excuse a Latin word inside it.
 */
class RussianRegistryPagesTests {

	private static final List<String> PAGES = List.of(
			RegistryRoutes.HOME,
			RegistryRoutes.ENROL,
			RegistryRoutes.PROFILE,
			RegistryRoutes.WEEK,
			RegistryRoutes.LOG,
			RegistryRoutes.ANALYST,
			RegistryRoutes.QUERY,
			RegistryRoutes.POLICY,
			RegistryRoutes.DNA,
			RegistryRoutes.DNA + "?search=1&coverage=10",
			RegistryRoutes.EXTRACT,
			RegistryRoutes.BREACH,
			RegistryRoutes.IDENTIFICATION);

	private static final Pattern MAIN = Pattern.compile("<main\\b.*?</main>", Pattern.DOTALL);

	/** Code, titles of works (sources keep their own), scripts and anything marked as another language (the language switch) are not prose. */
	private static final Pattern NOT_PROSE = Pattern.compile(
			"<(code|kbd|samp|pre|em|cite|script|style|textarea)\\b[^>]*>.*?</\\1>|<(\\w+)\\b[^>]*\\blang=\"en\"[^>]*>.*?</\\2>",
			Pattern.DOTALL);

	/**
	 * What may stay Latin, taken out first: titles of sources quoted in straight quotes (Russian
	 * quotes with «»), terms the glossary gives in English after the Russian word ("(function creep)",
	 * "(authority)"), names of products, authors and distributions, the DNA locus vWA; then web
	 * addresses and paths, ids with a digit, underscore or dot inside, and abbreviations in capitals.
	 */
	private static final List<Pattern> NOT_WORDS = List.of(
			Pattern.compile("\"\\p{IsLatin}[^\"«»]*\""),
			Pattern.compile("\\b(?:ConsentLab|Spring Security|function creep|authority|e-KYC|vWA|SD-JWT|Daugman|"
					+ "Binomial)(?!\\w)"),
			Pattern.compile("https?://\\S+|(?<!\\w)/[\\w./#?=&-]+"),
			Pattern.compile(
					"\\b(?=\\w*[\\d_])\\w+(?:[.-]\\w+)*\\b|\\b\\w+(?:\\.\\w+)+\\b", Pattern.UNICODE_CHARACTER_CLASS),
			Pattern.compile("\\b\\p{Lu}{2,}s?\\b"));

	private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}'-]+");

	private static RunningApp app;

	private static WebClient learner;

	@BeforeAll
	static void start() {
		app = RunningApp.solo();
		learner = new WebClient(app);
		// The week is lived in English, so the log holds the English purposes; then the learner switches.
		learner.get(RegistryRoutes.ENROL);
		learner.post(RegistryRoutes.ENROL);
		learner.get(RegistryRoutes.WEEK);
		learner.post(RegistryRoutes.WEEK);
		learner.post("/language", "lang", "ru", "back", RegistryRoutes.HOME);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void registryPagesWhenReadInRussianThenGeneratedDataIsRussianToo() throws IOException {
		Set<String> names = personalNames();
		List<String> problems = new ArrayList<>();
		for (String page : PAGES) {
			latinWords(learner.get(page).body(), names).forEach(word -> problems.add(page + ": " + word));
		}
		learner.get(RegistryRoutes.EXTRACT);
		String extract = learner.post(
						RegistryRoutes.EXTRACT,
						"field",
						"NAME",
						"field",
						"BIRTH_DATE",
						"field",
						"NATIONALITY",
						"field",
						"PASSPORT",
						"field",
						"ADDRESS")
				.body();
		latinWords(extract, names).forEach(word -> problems.add("extract: " + word));
		Matcher signed =
				Pattern.compile("<pre[^>]*class=\"extract\"[^>]*>([^<]+)</pre>").matcher(extract);
		assertThat(signed.find()).as("the extract is shown").isTrue();
		String verified = learner.post(
						RegistryRoutes.EXTRACT + "/verify", "extract", HtmlUtils.htmlUnescape(signed.group(1)))
				.body();
		assertThat(verified).contains("class=\"record verified\"");
		latinWords(verified, names).forEach(word -> problems.add("verified extract: " + word));
		assertThat(problems).as("English words on Russian Registry pages").isEmpty();
	}

	@Test
	void logWhenReadInEnglishThenPlacesAndPurposesAsLogged() {
		WebClient english = new WebClient(app);
		english.get(RegistryRoutes.HOME);
		english.post("/language", "lang", "en", "back", RegistryRoutes.HOME);
		Account solo = app.bean(Accounts.class).byUsername("solo").orElseThrow();
		List<QueryLog.Entry> logged = app.bean(QueryLog.class).entries(solo.id());
		String log = english.get(RegistryRoutes.LOG).body();

		assertThat(logged).isNotEmpty();
		assertThat(log).contains("Migration centre, North Avenue 40", "Metro ", ", gate ");
		for (QueryLog.Entry entry : logged) {
			if (entry.subjectId()
					== app.bean(RegistryWorld.class).subjectOf(solo).personId()) {
				assertThat(log)
						.contains("<td class=\"place\">" + HtmlUtils.htmlEscape(entry.place()) + "</td>")
						.contains(HtmlUtils.htmlEscape(entry.purpose()));
			}
		}
	}

	@Test
	void latinWordsWhenDataInEnglishThenNamedButNamesAndIdsPass() {
		String page = """
				<main><td class="place">Hotel Aurora, Garden Ring 14</td>
				<td>Гостиница «Аврора»</td><p>Anna Morozova, паспорт 7012345AB, профиль e-KYC</p>
				<span>Работодатель: Silver Birch Logistics</span><code>ab12 cd</code></main>
				""";

		assertThat(latinWords(page, Set.of("Anna", "Morozova")))
				.containsExactly("Hotel", "Aurora", "Garden", "Ring", "Silver", "Birch", "Logistics");
	}

	/** Hyphenated given names are one word on a page, and are names like the others. */
	@Test
	void personalNamesWhenHyphenatedThenWholeAndInParts() throws IOException {
		Set<String> names = personalNames();
		assertThat(names).contains("Na-yeon", "Ji-woo", "Na", "yeon");
		assertThat(latinWords("<main><p>Na-yeon, сестра</p></main>", names)).isEmpty();
	}

	/** The Latin words of the page's main content that are not names, ids or abbreviations. */
	static List<String> latinWords(String html, Set<String> names) {
		Matcher main = MAIN.matcher(html);
		String text = main.find() ? main.group() : html;
		text = NOT_PROSE.matcher(text).replaceAll(" ");
		text = HtmlUtils.htmlUnescape(text.replaceAll("<[^>]*>", " "));
		for (Pattern notWord : NOT_WORDS) {
			text = notWord.matcher(text).replaceAll(" ");
		}
		List<String> words = new ArrayList<>();
		Matcher word = LATIN_WORD.matcher(text);
		while (word.find()) {
			if (!names.contains(word.group())) {
				words.add(word.group());
			}
		}
		return words;
	}

	/**
	 * Every given and family name of the population's lists, with the female forms of the gendered
	 * ones: people's names stay as their passport writes them (Latin, as in its machine-readable zone).
	 */
	static Set<String> personalNames() throws IOException {
		Set<String> names = new HashSet<>();
		try (InputStream in = RussianRegistryPagesTests.class.getResourceAsStream("/population/names.txt")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				int colon = line.indexOf(':');
				if (line.startsWith("#") || colon < 0) {
					continue;
				}
				for (String name : line.substring(colon + 1).split(",")) {
					// a page's Latin words keep their hyphens (Na-yeon is one word): whole words
					// count as well as their parts
					List<String> parts = new ArrayList<>(List.of(name.strip().split("\\s+")));
					parts.addAll(List.of(name.strip().split("[\\s-]+")));
					for (String part : parts) {
						names.add(part);
						names.add(part + "a");
						names.add(part.replaceFirst("y$", "aya"));
						names.add(part.replaceFirst("iy$", "aya"));
					}
				}
			}
		}
		return names;
	}
}
