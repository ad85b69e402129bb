package org.consentlab.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings a deployer may change, all under {@code consentlab.}.
 *
 * @param mode solo (one learner, this machine) or classroom (login, classes, many learners)
 * @param maxRequestBytes the largest request body accepted; bigger ones get 413
 * @param loginAttempts failed logins allowed per username within {@code loginWindowMinutes}
 * @param loginWindowMinutes how long failures count, and how long a locked username waits
 */
@ConfigurationProperties("consentlab")
public record ConsentLabProperties(@DefaultValue("solo") Mode mode, @DefaultValue("65536") long maxRequestBytes,
		@DefaultValue("5") int loginAttempts, @DefaultValue("15") int loginWindowMinutes) {

	public enum Mode {

		SOLO, CLASSROOM

	}

	public boolean solo() {
		return mode == Mode.SOLO;
	}
}
