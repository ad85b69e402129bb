package org.consentlab.cli;

import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code java -jar consentlab.jar COMMAND ...}. A command runs without the web
 * server; commands that need no database (such as {@code sd-jwt}) start no Spring context at all,
 * so they answer in well under a second. {@code --help} speaks the language of the environment, like
 * the commands' messages ({@code cli/usage*.properties}).
 */
@Command(
		name = "consentlab",
		mixinStandardHelpOptions = true,
		version = "ConsentLab 0.1",
		subcommands = {
			CommandLine.HelpCommand.class,
			InstructorCommand.class,
			IssuerKeysCommand.class,
			SdJwtCommand.class,
			StatusCommand.class,
			TlsCommand.class,
		})
public final class ConsentLabCommand implements Runnable {

	/** Exit code for a command used the wrong way (picocli's convention, and the sd-jwt contract). */
	public static final int USAGE = 2;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	private final Class<?> application;

	private ConsentLabCommand(Class<?> application) {
		this.application = application;
	}

	/**
	 * The Spring Boot application that commands needing the database start without a web server. It
	 * is handed in by the application's {@code main}, so the command line never imports the
	 * application it belongs to.
	 */
	Class<?> application() {
		return application;
	}

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	/** True when the arguments name a command rather than Spring Boot options such as {@code --server.port=0}. */
	public static boolean isCommand(String[] args) {
		if (args.length == 0) {
			return false;
		}
		String first = args[0];
		return !first.startsWith("-")
				|| first.equals("--help")
				|| first.equals("-h")
				|| first.equals("--version")
				|| first.equals("-V");
	}

	/** Runs one command line and returns its exit code; {@code application} is started by commands that need it. */
	public static int run(Class<?> application, String... args) {
		return commandLine(application, CliMessages.environmentLocale()).execute(args);
	}

	/** The command line with its usage help in {@code language}, as {@link CliMessages} chooses it. */
	static CommandLine commandLine(Class<?> application, Locale language) {
		return new CommandLine(new ConsentLabCommand(application)).setResourceBundle(CliMessages.usage(language));
	}
}
