package org.consentlab.labs.wallet;

import org.consentlab.labs.TaskCheck;
import org.consentlab.verifier.VerifierTransactions;
import org.consentlab.verifier.Verifiers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One minimal-disclosure check per verifier of lab L8 that should receive a presentation. */
@Configuration
class WalletChecks {

	@Bean
	TaskCheck barCheck(Verifiers verifiers, VerifierTransactions transactions) {
		return new MinimalDisclosureCheck("bar", verifiers, transactions);
	}

	@Bean
	TaskCheck employerCheck(Verifiers verifiers, VerifierTransactions transactions) {
		return new MinimalDisclosureCheck("employer", verifiers, transactions);
	}

	@Bean
	TaskCheck bankCheck(Verifiers verifiers, VerifierTransactions transactions) {
		return new MinimalDisclosureCheck("bank", verifiers, transactions);
	}
}
