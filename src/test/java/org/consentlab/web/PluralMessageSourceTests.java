package org.consentlab.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The message source keeps one ICU format per message and language: what it prints is what a
 * format built for that one call prints, for any number, from many threads at once.
 */
class PluralMessageSourceTests {

	private static final String FIXTURE = "i18n-fixture/bundles/sample";

	private static final List<String> CODES = List.of("days", "apostrophe.args");

	private static final Properties ORIGINAL = bundle("");

	private static final Properties RUSSIAN = bundle("_ru");

	private final PluralMessageSource messages = PluralMessageSource.of(FIXTURE);

	@Property(tries = 300)
	void formatWhenKeptThenAsAFreshFormat(@ForAll @IntRange(min = 0, max = 1_000_000) int n, @ForAll boolean russian) {
		Locale language = russian ? Locale.forLanguageTag("ru") : Languages.original();
		for (String code : CODES) {
			assertThat(messages.getMessage(code, new Object[] {n}, language)).isEqualTo(fresh(code, n, language));
		}
	}

	@Test
	void formatWhenManyThreadsAtOnceThenEachGetsItsOwnNumber() throws Exception {
		List<Locale> languages = List.of(Languages.original(), Locale.forLanguageTag("ru"));
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<List<String>>> mismatches = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				long seed = t;
				mismatches.add(threads.submit(() -> {
					SplittableRandom random = new SplittableRandom(seed);
					List<String> wrong = new ArrayList<>();
					for (int i = 0; i < 2_000; i++) {
						int n = random.nextInt(200);
						Locale language = languages.get(random.nextInt(2));
						String code = CODES.get(random.nextInt(CODES.size()));
						String got = messages.getMessage(code, new Object[] {n}, language);
						if (!got.equals(fresh(code, n, language))) {
							wrong.add(code + " " + n + " " + language + ": " + got);
						}
					}
					return wrong;
				}));
			}
			for (Future<List<String>> thread : mismatches) {
				assertThat(thread.get()).isEmpty();
			}
		} finally {
			threads.shutdownNow();
		}
	}

	/** The message as a format built for this call alone formats it. */
	private static String fresh(String code, int n, Locale language) {
		String pattern = (Languages.isOriginal(language) ? ORIGINAL : RUSSIAN).getProperty(code);
		return new MessageFormat(pattern, ULocale.forLocale(language)).format(new Object[] {n});
	}

	/** The fixture bundle of one language, read once: the oracle builds formats, not file reads. */
	private static Properties bundle(String suffix) {
		Properties bundle = new Properties();
		try (Reader in = new InputStreamReader(
				PluralMessageSourceTests.class.getClassLoader().getResourceAsStream(FIXTURE + suffix + ".properties"),
				StandardCharsets.UTF_8)) {
			bundle.load(in);
		} catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bundle;
	}
}
