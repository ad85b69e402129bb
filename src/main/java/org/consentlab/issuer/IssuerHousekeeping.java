package org.consentlab.issuer;

import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The issuers' tables, kept to their size on a schedule rather than on each request: expired
 * grants (codes, access tokens, nonces) go in one indexed delete, and status list entries are
 * released once their credentials are long expired. Every instance runs it; the deletes are
 * idempotent.
 */
@Component
class IssuerHousekeeping {

	private final IssuerGrants grants;

	private final StatusListRelease release;

	private final Clock clock = Clock.systemUTC();

	IssuerHousekeeping(IssuerGrants grants, StatusListRelease release) {
		this.grants = grants;
		this.release = release;
	}

	@Scheduled(initialDelay = 10_000, fixedDelay = 30_000)
	void sweep() {
		grants.purgeExpired(clock.instant());
		release.releaseExpired(clock.instant());
	}
}
