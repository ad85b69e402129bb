package org.consentlab.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Counts read as English does ("1 passage", "3 passages"), years print as years (2027, not 2,027),
 * and every message of every bundle formats: the bundles are ICU messages, so a stray brace or
 * an unclosed plural would otherwise reach a learner as raw text.
 */
class PluralMessagesTests {

	private final PluralMessageSource messages = messages();

	@Test
	void countWhenOneThenSingular() {
		assertThat(text("check.L5.spoof.pass", 1)).contains("1 passage logged");
		assertThat(text("check.L5.spoof.pass", 3)).contains("3 passages logged");
		assertThat(text("check.L12.complete.wallet-waiting", 1)).startsWith("1 checkpoint of your week still waits");
		assertThat(text("check.L5.forever.missing", 1)).contains("1 column that can never be changed is missing");
		assertThat(text("check.L5.forever.missing", 2)).contains("2 columns that can never be changed are missing");
		assertThat(text("registry.scan.summary", 1_000_000, 1, 1))
				.contains("returned 1 candidate.")
				.contains("1 of them is not you");
	}

	@Test
	void yearWhenShownThenWithoutGrouping() {
		assertThat(text("persona.summary", 19, "Ghana", "here to study", 2027)).endsWith("starts in 2027.");
		assertThat(text("registry.policy", 2027)).isEqualTo("Who may read it in 2027");
		assertThat(text("check.L1.readers.pass", 5, 2027)).contains("in 2027.");
	}

	@Test
	void statusByteWhenPassedThenEveryValueFilledIn() {
		assertThat(text("check.L11.status-byte.pass", 201, 13, 2))
				.isEqualTo("Right: the byte is 201. Your index 13 is the status 2 inside it.");
	}

	@Test
	void apostropheWhenMessageHasNoArgumentsThenShownOnce() throws IOException {
		assertThat(text("check.L2.whereabouts.unknown"))
				.contains("the analyst's timeline")
				.doesNotContain("''");
		Properties all = bundles();
		for (String key : all.stringPropertyNames()) {
			assertThat(text(key)).as(key).doesNotContain("''");
		}
	}

	@Test
	void everyMessageWhenFormattedThenNoPlaceholderLeft() throws IOException {
		List<String> broken = new ArrayList<>();
		Properties all = bundles();
		Object[] args = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
		for (String key : all.stringPropertyNames()) {
			String raw = all.getProperty(key);
			if (raw.contains("(s)")) {
				broken.add(key + ": says (s) instead of choosing a plural");
			}
			if (!raw.contains("{") || raw.contains(",date") || raw.contains(",time")) {
				continue;
			}
			try {
				String shown = text(key, args);
				if (shown.matches("(?s).*\\{\\d.*")) {
					broken.add(key + ": " + shown);
				}
			} catch (IllegalArgumentException e) {
				broken.add(key + ": " + e.getMessage());
			}
		}
		assertThat(broken).as("messages that do not format cleanly").isEmpty();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.ENGLISH);
	}

	/** The bundles the app itself reads, from {@code spring.messages.basename}, so a new bundle is tested too. */
	private static String[] appBasenames() {
		Properties app = new Properties();
		try (var in = PluralMessagesTests.class.getResourceAsStream("/application.properties")) {
			app.load(in);
		} catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return app.getProperty("spring.messages.basename").split(",");
	}

	private static PluralMessageSource messages() {
		return PluralMessageSource.of(appBasenames());
	}

	private static Properties bundles() throws IOException {
		Properties all = new Properties();
		try (Stream<Path> paths = Files.list(Path.of("src/main/resources/i18n"))) {
			for (Path bundle :
					paths.filter(p -> p.toString().endsWith(".properties")).toList()) {
				try (InputStream in = Files.newInputStream(bundle)) {
					Properties one = new Properties();
					one.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
					all.putAll(one);
				}
			}
		}
		return all;
	}
}
