package org.consentlab.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/**
 * A learner who chose a translation meets no text of the original on the main pages: the solo app,
 * the learner signed in, each page fetched after choosing the language on the switch. A page fails
 * on a bundle key shown raw or as {@code ??key_ru??}, and on any block of text (paragraph, heading,
 * list item, label, button, table header) with Latin words but no letter of the translation's
 * script, once the {@link #ALLOWED allowed} Latin is taken out.
 */
class TranslatedPagesTests {

	/** The pages a learner visits most; each must read wholly in the translation. */
	static final List<String> PAGES = List.of(
			"/labs",
			"/labs/L0",
			"/registry",
			"/wallet",
			"/verifiers",
			"/issuers/pid",
			"/inspector",
			"/sources",
			"/slides",
			"/slides/1-two-futures");

	/**
	 * Latin that stays Latin in every language, taken out of a block before it is judged:
	 * <ul>
	 * <li>code, keyboard input and sample output ({@code <code>}, {@code <kbd>}, {@code <samp>},
	 * {@code <pre>}), and titles of works in italics ({@code <em>}, {@code <cite>}: sources keep
	 * their original titles);
	 * <li>web addresses and paths; ids with a digit, an underscore or a dot inside
	 * ({@code L3}, {@code age_over_18}, {@code ES256}, {@code L0.reflection});
	 * <li>abbreviations in capitals ({@code JWT}, {@code DCQL}, {@code PID}, {@code NIST});
	 * <li>the names below: of the app, of standards and specifications, of organisations and laws
	 * cited by name, and of the synthetic places and people of the simulation, which are data.
	 * </ul>
	 */
	static final List<Pattern> ALLOWED = List.of(
			Pattern.compile("https?://\\S+|(?<!\\w)/[\\w./#?=&-]+"),
			Pattern.compile(
					"\\b(?=\\w*[\\d_])\\w+(?:[.-]\\w+)*\\b|\\b\\w+(?:\\.\\w+)+\\b", Pattern.UNICODE_CHARACTER_CLASS),
			Pattern.compile("\\b\\p{Lu}{2,}s?\\b"),
			Pattern.compile("\\b(?:ConsentLab|OpenID4VCI|OpenID4VP|OpenID|SD-JWT|KB-JWT|JWT|JOSE|JSON|base64url|"
					+ "Nimbus|eIDAS|EUDI|Biometric Update|Interfax|Kommersant|"
					+ "Hotel Aurora|Hotel Seven Hills|Hostel Blue Harbour|Garden Ring|River Embankment|Station Lane|"
					+ "Riverside|Central Park|Old Mill|Victory Square|North Gate|Amber Road|Station Square|"
					+ "Market Street)\\b"));

	private static final Pattern BLOCK = Pattern.compile(
			"<(p|li|h[1-6]|label|button|summary|caption|th|legend|figcaption|title|option|a)\\b([^>]*)>(.*?)</\\1>",
			Pattern.DOTALL);

	private static final Pattern NOT_TEXT =
			Pattern.compile("<(code|kbd|samp|pre|em|cite|script|style|svg)\\b[^>]*>.*?</\\1>", Pattern.DOTALL);

	private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}{2,}");

	private static final Pattern MISSING_KEY = Pattern.compile("\\?\\?[\\w.-]+\\?\\?");

	private static RunningApp app;

	@BeforeAll
	static void start() {
		app = RunningApp.sharedSolo();
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	/** Lists, page by page, every raw key and every block of text still in the original. */
	@Test
	void mainPagesWhenReadInATranslationThenHoldNoTextOfTheOriginal() throws IOException {
		Set<String> keys = bundleKeys();
		List<String> problems = new ArrayList<>();
		for (Locale language : Languages.translations()) {
			WebClient learner = new WebClient(app);
			learner.get("/labs");
			learner.post("/language", "lang", language.toLanguageTag(), "back", "/labs");
			for (String page : PAGES) {
				String html = learner.get(page).body();
				assertThat(html).as(page).contains("<html lang=\"" + language.toLanguageTag() + "\"");
				untranslated(html, language, keys).forEach(problem -> problems.add(page + ": " + problem));
			}
		}
		assertThat(problems).as("text of the original on translated pages").isEmpty();
	}

	@Test
	void untranslatedWhenKeyOrOriginalTextShownThenNamedAndAllowedLatinPasses() {
		Locale russian = Locale.forLanguageTag("ru");
		Set<String> keys = Set.of("nav.labs", "labs.title");
		String page = """
				<html lang="ru"><body>
				<h1>Лабораторные</h1>
				<p>Откройте <a href="/registry">Registry</a> и посмотрите <code>age_over_18</code> в SD-JWT (RFC 9901).</p>
				<p>Your persona lives in 2027.</p>
				<li>??labs.title_ru??</li>
				<button>nav.labs</button>
				<button lang="en">English</button>
				<p>См. <em>Russian migration policy seeks biometrics</em>, https://example.org/a</p>
				<p>OpenID4VP, DCQL, L3.threshold</p>
				</body></html>
				""";

		assertThat(untranslated(page, russian, keys))
				.containsExactly(
						"text of the original: Your persona lives in 2027.",
						"missing key: ??labs.title_ru??",
						"raw key: nav.labs");
	}

	/** Each problem of a page: a missing key, a raw key, or a block of text without the translation's script. */
	static List<String> untranslated(String html, Locale language, Set<String> keys) {
		List<String> problems = new ArrayList<>();
		Matcher block = BLOCK.matcher(html);
		while (block.find()) {
			if (block.group(2).contains("lang=\"") && !block.group(2).contains("lang=\"" + language.toLanguageTag())) {
				continue;
			}
			String text = HtmlUtils.htmlUnescape(
							NOT_TEXT.matcher(block.group(3)).replaceAll(" ").replaceAll("<[^>]*>", " "))
					.replaceAll("\\s+", " ")
					.strip();
			Matcher missing = MISSING_KEY.matcher(text);
			if (missing.find()) {
				problems.add("missing key: " + missing.group());
				continue;
			}
			if (keys.contains(text)) {
				problems.add("raw key: " + text);
				continue;
			}
			if (!inScript(text, language)
					&& LATIN_WORD.matcher(withoutAllowed(text)).find()) {
				problems.add("text of the original: " + text);
			}
		}
		return problems;
	}

	private static String withoutAllowed(String text) {
		String left = text;
		for (Pattern allowed : ALLOWED) {
			left = allowed.matcher(left).replaceAll(" ");
		}
		return left;
	}

	/** Whether the text has a letter of the language's own script (Cyrillic for Russian). */
	private static boolean inScript(String text, Locale language) {
		Character.UnicodeScript script = script(language);
		return text.codePoints().anyMatch(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == script);
	}

	private static Character.UnicodeScript script(Locale language) {
		String sample = Languages.nativeName(language);
		return Character.UnicodeScript.of(sample.codePointAt(0));
	}

	static Set<String> bundleKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
			for (Path file :
					files.filter(p -> p.toString().endsWith(".properties")).toList()) {
				Properties bundle = new Properties();
				try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					bundle.load(in);
				}
				keys.addAll(bundle.stringPropertyNames());
			}
		}
		return keys;
	}
}
