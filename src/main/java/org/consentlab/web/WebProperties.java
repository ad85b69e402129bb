package org.consentlab.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web layer's limits a deployer may change, under {@code consentlab.} beside the mode.
 *
 * @param maxRequestBytes the largest request body accepted; bigger ones get 413
 * @param loginAttempts failed logins allowed per username within {@code loginWindowMinutes}
 * @param loginWindowMinutes how long failures count, and how long a locked username waits
 * @param loginAttemptsPerAddress sign-in attempts one client address may have under way or wrong
 *     within {@code loginWindowMinutes} before it must wait (a right password gives its attempt
 *     back); a whole class behind one school router shares an address and may sign in at once:
 *     raise it above the class's size
 */
@ConfigurationProperties("consentlab")
public record WebProperties(
		@DefaultValue("65536") long maxRequestBytes,
		@DefaultValue("5") int loginAttempts,
		@DefaultValue("15") int loginWindowMinutes,
		@DefaultValue("50") int loginAttemptsPerAddress) {

	public WebProperties {
		if (loginAttempts < 1 || loginAttemptsPerAddress < 1 || loginWindowMinutes < 1) {
			throw new IllegalArgumentException(
					"consentlab.login-attempts, login-attempts-per-address and login-window-minutes must be at least 1");
		}
	}
}
