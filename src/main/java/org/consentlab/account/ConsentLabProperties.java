package org.consentlab.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who uses this app, set by the deployer as {@code consentlab.mode}. The web's own settings, under
 * the same prefix, are {@code web.WebProperties}.
 *
 * @param mode solo (one learner, this machine) or classroom (login, classes, many learners)
 */
@ConfigurationProperties("consentlab")
public record ConsentLabProperties(@DefaultValue("solo") Mode mode) {

	public enum Mode {
		SOLO,
		CLASSROOM
	}

	public boolean solo() {
		return mode == Mode.SOLO;
	}
}
