package org.consentlab.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.consentlab.credential.dcql.Dcql;
import org.consentlab.credential.oauth.OAuthError;
import org.consentlab.credential.oid4vci.Oid4vci;
import org.consentlab.credential.oid4vp.Oid4vp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each protocol wire name is spelled once, in the protocol layer: a {@code "tx_code"} written in an
 * issuer and again in a wallet can drift apart without any compiler noticing. The names are taken
 * from the constants classes themselves, so a new constant is guarded as soon as it exists.
 */
class ProtocolWireNamesTests {

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern LAYER = Pattern.compile("org/consentlab/credential/(oid4vci|oid4vp|dcql|oauth)/");

	private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

	@Test
	void sourcesWhenScannedThenNoWireNameLiteralOutsideTheProtocolLayer() throws IOException {
		Set<String> names = wireNames();
		assertThat(names)
				.contains(
						"tx_code",
						"credential_issuer",
						"pre-authorized_code",
						"vp_token",
						"dcql_query",
						"response_uri",
						"c_nonce",
						"invalid_proof",
						"urn:ietf:params:oauth:grant-type:pre-authorized_code");
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String path = file.toString().replace('\\', '/');
				if (LAYER.matcher(path).find()) {
					continue;
				}
				List<String> lines = Files.readAllLines(file);
				for (int i = 0; i < lines.size(); i++) {
					Matcher literal = STRING_LITERAL.matcher(lines.get(i));
					while (literal.find()) {
						for (String name : names) {
							if (containsToken(literal.group(1), name)) {
								found.add(path + ":" + (i + 1) + " \"" + name + "\"");
							}
						}
					}
				}
			}
		}
		assertThat(found)
				.as("wire names written outside credential.oid4vci, oid4vp, dcql and oauth: use the constants")
				.isEmpty();
	}

	/**
	 * A template that spells {@code name="tx_code"} is a second copy of the handler's parameter name:
	 * forms and links take their names from the model, which takes them from the constants.
	 */
	@Test
	void templatesWhenScannedThenNoWireNameWrittenInThem() throws IOException {
		assertThat(wireNamesIn(TEMPLATES, wireNames()))
				.as("wire names written in templates: put the constant in the model (e.g. ${wire.txCode})")
				.isEmpty();
	}

	@Test
	void templateScanWhenAFormSpellsAWireNameThenFound(@TempDir Path folder) throws IOException {
		Files.writeString(
				folder.resolve("offer.html"),
				"<form>\n  <input th:name=\"${wire.txCode}\">\n  <input name=\"tx_code\">\n</form>\n");
		Files.writeString(folder.resolve("page.html"), "<a th:href=\"@{/i(tx_code='on')}\">x</a>\n");

		assertThat(wireNamesIn(folder, Set.of("tx_code")))
				.containsExactlyInAnyOrder("offer.html:3 \"tx_code\"", "page.html:1 \"tx_code\"");
	}

	/** Every line of every template under {@code root} that holds a wire name as a token, as {@code file:line "name"}. */
	private static List<String> wireNamesIn(Path root, Set<String> names) throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file :
					files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
				String path = root.relativize(file).toString().replace('\\', '/');
				List<String> lines = Files.readAllLines(file);
				for (int i = 0; i < lines.size(); i++) {
					for (String name : names) {
						if (containsToken(lines.get(i), name)) {
							found.add(path + ":" + (i + 1) + " \"" + name + "\"");
						}
					}
				}
			}
		}
		return found;
	}

	@Test
	void containsTokenWhenNameInsideALongerWordThenNotATokenButInAFormItIs() {
		assertThat(containsToken("grant_type=x&tx_code=1", "tx_code")).isTrue();
		assertThat(containsToken("my_tx_code_field", "tx_code")).isFalse();
		assertThat(containsToken("tx_code", "tx_code")).isTrue();
	}

	/**
	 * The distinctive names of the constants classes and the OAuth error codes: those with a
	 * {@code _}, {@code -}, {@code :} or {@code +}, which no ordinary word has.
	 */
	private static Set<String> wireNames() {
		Set<String> names = new TreeSet<>();
		for (Class<?> constants : List.of(Oid4vci.class, Oid4vp.class, Dcql.class)) {
			for (Field field : constants.getFields()) {
				if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
					try {
						names.add((String) field.get(null));
					} catch (IllegalAccessException ex) {
						throw new IllegalStateException(ex);
					}
				}
			}
		}
		for (OAuthError error : OAuthError.values()) {
			names.add(error.code());
		}
		names.removeIf(name -> !name.matches(".*[_:+-].*"));
		return names;
	}

	private static boolean containsToken(String text, String name) {
		int at = text.indexOf(name);
		while (at >= 0) {
			boolean before = at == 0 || !isNameChar(text.charAt(at - 1));
			int end = at + name.length();
			boolean after = end == text.length() || !isNameChar(text.charAt(end));
			if (before && after) {
				return true;
			}
			at = text.indexOf(name, at + 1);
		}
		return false;
	}

	private static boolean isNameChar(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '-';
	}
}
