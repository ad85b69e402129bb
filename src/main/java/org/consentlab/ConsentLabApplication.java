package org.consentlab;

import org.consentlab.cli.ConsentLabCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * ConsentLab: one jar, two worlds. With a command as first argument the jar is a command-line tool
 * (see {@link ConsentLabCommand}); otherwise it starts the web application, in solo mode unless
 * {@code --consentlab.mode=classroom} is given.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ConsentLabApplication {

	public static void main(String[] args) {
		if (ConsentLabCommand.isCommand(args)) {
			System.exit(ConsentLabCommand.run(ConsentLabApplication.class, args));
		}
		SpringApplication.run(ConsentLabApplication.class, args);
	}
}
