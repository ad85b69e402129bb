package org.consentlab.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.consentlab.account.UsernameTakenException;
import org.consentlab.classroom.Instructors;
import org.consentlab.web.BadInputException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * {@code instructor add NAME}: creates an instructor account in the database the app uses (the
 * same settings, e.g. {@code --spring.profiles.active=postgres}), without starting the web server.
 */
@Command(name = "instructor", mixinStandardHelpOptions = true, subcommands = InstructorCommand.Add.class)
public final class InstructorCommand implements Runnable {

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	/** The longest password read; a longer one is refused by the password rules with a clear message. */
	static final int MAX_PASSWORD_CHARS = 1024;

	@Command(name = "add", mixinStandardHelpOptions = true)
	static final class Add implements Callable<Integer> {

		@Parameters(index = "0", paramLabel = "NAME", descriptionKey = "name")
		String name;

		@Option(names = "--password-stdin")
		boolean passwordFromStdin;

		@Unmatched
		List<String> springArguments = new ArrayList<>();

		@picocli.CommandLine.Spec
		picocli.CommandLine.Model.CommandSpec spec;

		@Override
		public Integer call() throws IOException {
			String password = passwordFromStdin ? readLine() : null;
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(
							((ConsentLabCommand) spec.root().userObject()).application())
					.web(WebApplicationType.NONE)
					.logStartupInfo(false)
					.properties("logging.level.root=warn")
					.run(springArguments())) {
				Instructors instructors = context.getBean(Instructors.class);
				String secret = password == null ? instructors.generatePassword() : password;
				instructors.add(name, secret);
				CliMessages messages = CliMessages.ofEnvironment();
				spec.commandLine().getOut().println(messages.get("instructor.created", name));
				if (password == null) {
					spec.commandLine().getOut().println(messages.get("instructor.password", secret));
				}
				return 0;
			} catch (BadInputException e) {
				spec.commandLine().getErr().println(CliMessages.ofEnvironment().get(explain(e)));
				return ConsentLabCommand.USAGE;
			} catch (UsernameTakenException e) {
				spec.commandLine().getErr().println(CliMessages.ofEnvironment().get("instructor.taken", name));
				return 1;
			}
		}

		/** Instructors exist only in classroom mode; the caller's own settings (database ...) follow. */
		private String[] springArguments() {
			List<String> args = new ArrayList<>();
			args.add("--consentlab.mode=classroom");
			args.addAll(springArguments);
			return args.toArray(String[]::new);
		}

		/** The key of the message that says what was wrong. */
		private static String explain(BadInputException e) {
			return "username".equals(e.field()) ? "instructor.bad-name" : "instructor.bad-password";
		}

		/** One line, read up to just past the longest password allowed, so huge input cannot fill memory. */
		private static String readLine() throws IOException {
			var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
			StringBuilder line = new StringBuilder();
			for (int c; line.length() <= MAX_PASSWORD_CHARS && (c = in.read()) >= 0 && c != '\n'; ) {
				line.append((char) c);
			}
			int end = line.length();
			return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
		}
	}
}
