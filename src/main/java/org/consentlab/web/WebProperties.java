package org.consentlab.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web layer's limits a deployer may change, under {@code consentlab.} beside the mode.
 *
 * @param maxRequestBytes the largest request body accepted; bigger ones get 413
 * @param loginAttempts failed logins allowed per username within {@code loginWindowMinutes}
 * @param loginWindowMinutes how long failures count, and how long a locked username waits
 */
@ConfigurationProperties("consentlab")
public record WebProperties(
		@DefaultValue("65536") long maxRequestBytes,
		@DefaultValue("5") int loginAttempts,
		@DefaultValue("15") int loginWindowMinutes) {}
