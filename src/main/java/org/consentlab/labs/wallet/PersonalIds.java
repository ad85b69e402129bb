package org.consentlab.labs.wallet;

import java.util.List;
import org.consentlab.account.Account;
import org.consentlab.verifier.Verifiers;
import org.consentlab.wallet.HeldCredential;
import org.consentlab.wallet.WalletCredentials;
import org.springframework.stereotype.Component;

/** The personal IDs in a learner's wallet, newest first: what the L7 checks inspect. */
@Component
class PersonalIds {

	private final WalletCredentials credentials;

	PersonalIds(WalletCredentials credentials) {
		this.credentials = credentials;
	}

	List<HeldCredential> of(Account learner) {
		return credentials.of(learner.id()).stream()
				.filter(held -> Verifiers.PID_VCT.equals(held.vct()))
				.toList();
	}
}
