package org.consentlab.classroom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.consentlab.account.Account;
import org.consentlab.account.Accounts;
import org.consentlab.account.ConsentLabProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The retention rule (security review I3; GDPR art. 5(1)(e), storage limitation): in classroom mode a
 * learner who has not signed in for {@code consentlab.classroom.retention-days} (default 180) is
 * deleted with everything of theirs, once a day. Solo mode keeps its one learner: that data never
 * leaves the learner's own machine.
 */
@Component
class LearnerRetention {

	private static final Logger log = LoggerFactory.getLogger(LearnerRetention.class);

	private final ConsentLabProperties mode;

	private final ClassroomProperties properties;

	private final Accounts accounts;

	private final AccountDeletion deletion;

	private final Clock clock = Clock.systemUTC();

	LearnerRetention(
			ConsentLabProperties mode, ClassroomProperties properties, Accounts accounts, AccountDeletion deletion) {
		this.mode = mode;
		this.properties = properties;
		this.accounts = accounts;
		this.deletion = deletion;
	}

	@Scheduled(cron = "${consentlab.classroom.retention-cron:0 17 3 * * *}")
	void daily() {
		int deleted = purge(clock.instant());
		if (deleted > 0) {
			log.info("Deleted {} learner accounts idle for over {} days", deleted, properties.retentionDays());
		}
	}

	/** Deletes the learners idle since before {@code now} minus the retention days; returns how many. */
	int purge(Instant now) {
		if (mode.solo() || properties.retentionDays() == 0) {
			return 0;
		}
		List<Account> idle = accounts.learnersIdleSince(now.minus(Duration.ofDays(properties.retentionDays())));
		// one transaction per learner: a failure leaves the others deleted and is retried tomorrow
		idle.forEach(deletion::delete);
		return idle.size();
	}
}
