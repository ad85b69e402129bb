package org.consentlab.issuer;

import java.sql.Timestamp;
import java.time.Instant;
import org.consentlab.account.AccountDeleted;
import org.consentlab.credential.status.Status;
import org.consentlab.sandbox.SandboxPart;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How status list entries end. An entry is released (its row deleted, its index free again) only
 * {@link StatusLists#RELEASE_GRACE} after its credential's {@code exp}: a verifier refuses the
 * credential as expired whatever the list says, and no Status List Token from before is still
 * valid, so no credential that still verifies ever shares an index with a newer one. When an
 * account is deleted, its entries are revoked and lose their owner at once (Token Status List
 * §7.1: the person is gone, what was issued to them must not verify), and are released the same way.
 */
@Component
class StatusListRelease {

	private final JdbcClient jdbc;

	StatusListRelease(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Deletes the entries whose credentials expired long enough ago and recounts the lists; returns how many went. */
	@Transactional
	int releaseExpired(Instant now) {
		int released = jdbc.sql("DELETE FROM ISSUER_STATUS WHERE EXPIRES_AT < ?")
				.param(Timestamp.from(now.minus(StatusLists.RELEASE_GRACE)))
				.update();
		if (released > 0) {
			jdbc.sql(
							"UPDATE ISSUER_STATUS_LIST SET ALLOCATED = (SELECT COUNT(*) FROM ISSUER_STATUS S "
									+ "WHERE S.ISSUER_ID = ISSUER_STATUS_LIST.ISSUER_ID AND S.LIST_NO = ISSUER_STATUS_LIST.LIST_NO)")
					.update();
		}
		return released;
	}

	/** Inside the deleting transaction, before the account's row goes: revoke and forget the owner. */
	@EventListener
	void forget(AccountDeleted deleted) {
		jdbc.sql("UPDATE ISSUER_STATUS SET STATUS = ?, ACCOUNT_ID = NULL WHERE ACCOUNT_ID = ?")
				.params(Status.INVALID.value(), deleted.accountId())
				.update();
		jdbc.sql("DELETE FROM ISSUER_GRANT WHERE ACCOUNT_ID = ?")
				.param(deleted.accountId())
				.update();
	}

	/** The statuses of the learner's credentials: clearing restores revoked ones, as if the lost ID had been found. */
	@Component
	static class Part implements SandboxPart {

		private final JdbcClient jdbc;

		Part(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String id() {
			return "issuer.statuses";
		}

		@Override
		public void clear(long accountId) {
			jdbc.sql("UPDATE ISSUER_STATUS SET STATUS = 0 WHERE ACCOUNT_ID = ?")
					.param(accountId)
					.update();
		}
	}
}
