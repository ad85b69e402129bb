package org.consentlab.web.security;

import org.consentlab.account.Accounts;
import org.consentlab.account.ConsentLabProperties;
import org.consentlab.account.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Creates the solo learner (without any password: solo mode has no login) on the first start. */
@Component
class SoloAccount implements ApplicationRunner {

	private final Accounts accounts;

	private final ConsentLabProperties properties;

	SoloAccount(Accounts accounts, ConsentLabProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (properties.solo() && !accounts.exists(SoloSignInFilter.SOLO_USERNAME)) {
			accounts.create(SoloSignInFilter.SOLO_USERNAME, null, Role.LEARNER, null);
		}
	}
}
