package org.consentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.consentlab.ConsentLabApplication;
import org.consentlab.credential.spec.SdJwtVc;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code --help} speaks the environment's language as the commands' messages do: Russian under
 * {@code LANG=ru_RU.UTF-8} (the JVM's default locale ru-RU), English under {@code LANG=C} (en-US),
 * for every command and every option and parameter, down the whole tree of subcommands.
 */
class CliHelpTests {

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");

	private static final Locale C = Locale.forLanguageTag("en-US");

	private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

	@Test
	void helpWhenEnvironmentIsRussianThenRussian() {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(RUSSIAN);
			CliRun run = CliRun.of("--help");
			assertThat(run.exitCode()).isZero();
			assertThat(run.out())
					.startsWith("Вызов: consentlab")
					.contains("Командная строка ConsentLab. Без команды запускается веб-приложение.")
					.contains("Показать эту справку и выйти.")
					.contains("Команды:")
					.contains("Показать справку о команде.")
					.contains("Выдача, предъявление, проверка и разбор удостоверений SD-JWT VC")
					.doesNotContain("Usage:")
					.doesNotContain("command line");
			assertThat(usage(RUSSIAN, "sd-jwt", "issue"))
					.contains("закрытый ключ издателя (файл JWK)")
					.doesNotContain("the issuer");
		} finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void helpWhenEnvironmentIsCThenEnglish() {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(C);
			CliRun run = CliRun.of("--help");
			assertThat(run.exitCode()).isZero();
			assertThat(run.out())
					.startsWith("Usage: consentlab")
					.contains("ConsentLab's command line. With no command, the web application starts.")
					.contains("Commands:")
					.doesNotContainPattern(CYRILLIC);
			assertThat(usage(C, "sd-jwt", "issue")).contains("the issuer's private key (a JWK file)");
			CommandLine issue = ConsentLabCommand.commandLine(ConsentLabApplication.class, C)
					.getSubcommands()
					.get("sd-jwt")
					.getSubcommands()
					.get("issue");
			assertThat(issue.getCommandSpec().findOption("--vct").description())
					.containsExactly("the credential type; default " + SdJwtVc.DEFAULT_VCT);
		} finally {
			Locale.setDefault(before);
		}
	}

	/** No command, option or parameter falls back to no description, nor to English in a translation. */
	@Test
	void everyCommandAndOptionWhenHelpShownThenDescribedInEachLanguage() {
		for (Locale language : List.of(C, RUSSIAN)) {
			List<String> undescribed = new ArrayList<>();
			walk(ConsentLabCommand.commandLine(ConsentLabApplication.class, language), language, undescribed);
			assertThat(undescribed).as(language.toLanguageTag()).isEmpty();
		}
	}

	/** The usage help of a subcommand, such as {@code sd-jwt issue}, which has no {@code --help} of its own. */
	private static String usage(Locale language, String... path) {
		CommandLine command = ConsentLabCommand.commandLine(ConsentLabApplication.class, language);
		for (String name : path) {
			command = command.getSubcommands().get(name);
		}
		return command.getUsageMessage(CommandLine.Help.Ansi.OFF);
	}

	private static void walk(CommandLine command, Locale language, List<String> undescribed) {
		CommandSpec spec = command.getCommandSpec();
		check(spec.qualifiedName(), spec.usageMessage().description(), language, undescribed);
		if (spec.usageMessage().header().length > 0) {
			check(spec.qualifiedName() + " header", spec.usageMessage().header(), language, undescribed);
		}
		for (ArgSpec arg : spec.args()) {
			if (!arg.hidden() && !(arg.isPositional() && arg.paramLabel().startsWith("<"))) {
				check(spec.qualifiedName() + " " + arg, arg.description(), language, undescribed);
			}
		}
		command.getSubcommands().values().forEach(sub -> walk(sub, language, undescribed));
	}

	private static void check(String what, String[] description, Locale language, List<String> undescribed) {
		String text = String.join(" ", description);
		boolean russian = CYRILLIC.matcher(text).find();
		if (text.isBlank() || russian != language.getLanguage().equals("ru")) {
			undescribed.add(what + ": " + text);
		}
	}
}
