package org.consentlab.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key a template or a check names exists in the bundles, so no page ever shows a
 * raw key such as {@code ??labs.title_en??} and a translation knows every key it must provide.
 */
class MessageBundleTests {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");

	private static final Pattern JAVA_KEY = Pattern.compile("\"((?:check|error|notfound)\\.[\\w.-]+)\"");

	@Test
	void everyKeyUsedWhenLookedUpThenDefined() throws IOException {
		Properties messages = bundles();
		Set<String> missing = new TreeSet<>();
		for (Path file : files(Path.of("src/main/resources/templates"), ".html")) {
			collect(TEMPLATE_KEY, Files.readString(file), messages, missing);
		}
		for (Path file : files(Path.of("src/main/java"), ".java")) {
			collect(JAVA_KEY, Files.readString(file), messages, missing);
		}
		assertThat(missing).as("message keys used but not defined").isEmpty();
	}

	private static void collect(Pattern pattern, String text, Properties messages, Set<String> missing) {
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			if (!messages.containsKey(m.group(1))) {
				missing.add(m.group(1));
			}
		}
	}

	private static Set<Path> files(Path root, String suffix) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(p -> p.toString().endsWith(suffix)).collect(java.util.stream.Collectors.toSet());
		}
	}

	private static Properties bundles() throws IOException {
		Properties all = new Properties();
		try (Stream<Path> paths = Files.list(Path.of("src/main/resources/i18n"))) {
			for (Path bundle :
					paths.filter(p -> p.toString().endsWith(".properties")).toList()) {
				try (InputStream in = Files.newInputStream(bundle)) {
					all.load(in);
				}
			}
		}
		return all;
	}
}
