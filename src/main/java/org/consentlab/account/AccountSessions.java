package org.consentlab.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ends an account's sessions, on every instance at once: sessions live in the database (Spring
 * Session JDBC, table {@code SPRING_SESSION} of migration V1), indexed by the signed-in name. Runs
 * in the caller's transaction, so a password change or a deletion and the sign-outs it implies
 * commit together (OWASP ASVS 3.3.3).
 */
@Component
public class AccountSessions {

	private final JdbcClient jdbc;

	AccountSessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Signs the account out everywhere but in the session {@code keepSessionId} (may be null). */
	public int endAllExcept(Account account, String keepSessionId) {
		return jdbc.sql("DELETE FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ? AND SESSION_ID <> ?")
				.params(account.username(), keepSessionId == null ? "" : keepSessionId)
				.update();
	}

	/** How many sessions the account has, signed in anywhere. */
	public int count(Account account) {
		return jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?")
				.param(account.username())
				.query(Integer.class)
				.single();
	}
}
