package org.consentlab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.consentlab.issuer.IssuerKeyAdministration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code issuer-keys rotate|retire ISSUER}: the deployment administrator's key management. The
 * issuers serve every class on the server, so changing their keys is not an instructor's act; it is
 * done here, against the database the app uses (the same settings, e.g.
 * {@code --spring.profiles.active=postgres}), and every running instance follows at once.
 */
@Command(
		name = "issuer-keys",
		mixinStandardHelpOptions = true,
		subcommands = {IssuerKeysCommand.Rotate.class, IssuerKeysCommand.Retire.class})
public final class IssuerKeysCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	@Command(name = "rotate", mixinStandardHelpOptions = true)
	static final class Rotate extends OnIssuer {

		@Override
		Optional<String> act(IssuerKeyAdministration keys) {
			return keys.rotate(issuer, "the command line")
					.map(kid -> CliMessages.ofEnvironment().get("keys.rotated", issuer, kid));
		}
	}

	@Command(name = "retire", mixinStandardHelpOptions = true)
	static final class Retire extends OnIssuer {

		@Override
		Optional<String> act(IssuerKeyAdministration keys) {
			return keys.retireOldKeys(issuer, "the command line")
					.map(n -> CliMessages.ofEnvironment().get("keys.retired", issuer, n));
		}
	}

	/** One action on one issuer, in a Spring context without a web server. */
	abstract static class OnIssuer implements Callable<Integer> {

		@Parameters(index = "0", paramLabel = "ISSUER", descriptionKey = "issuer")
		String issuer;

		@Unmatched
		List<String> springArguments = new ArrayList<>();

		@Spec
		CommandSpec spec;

		abstract Optional<String> act(IssuerKeyAdministration keys);

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(
							((ConsentLabCommand) spec.root().userObject()).application())
					.web(WebApplicationType.NONE)
					.logStartupInfo(false)
					.properties("logging.level.root=warn")
					.run(springArguments.toArray(String[]::new))) {
				IssuerKeyAdministration keys = context.getBean(IssuerKeyAdministration.class);
				Function<String, Integer> done = message -> {
					spec.commandLine().getOut().println(message);
					return 0;
				};
				return act(keys).map(done).orElseGet(() -> {
					spec.commandLine()
							.getErr()
							.println(CliMessages.ofEnvironment().get("keys.no-issuer", issuer, keys.issuerIds()));
					return ConsentLabCommand.USAGE;
				});
			}
		}
	}
}
