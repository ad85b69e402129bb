package org.consentlab.verifier;

import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes the verifiers' abandoned transactions in bulk on a schedule, so a learner who opens a
 * verifier's page again and again (each view starts a transaction) leaves nothing behind. Every
 * instance runs it; the delete is idempotent.
 */
@Component
class VerifierHousekeeping {

	private final VerifierTransactions transactions;

	private final Clock clock = Clock.systemUTC();

	VerifierHousekeeping(VerifierTransactions transactions) {
		this.transactions = transactions;
	}

	@Scheduled(initialDelay = 20_000, fixedDelay = 60_000)
	void sweep() {
		transactions.purgeAbandoned(clock.instant());
	}
}
