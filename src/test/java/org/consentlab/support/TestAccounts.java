package org.consentlab.support;

import java.sql.Timestamp;
import java.time.Instant;
import org.consentlab.account.Usernames;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A learner's row written straight into the database, for tests of a store that only needs an
 * account to own its rows. One place, so a new required column of ACCOUNT is added once.
 */
public final class TestAccounts {

	private TestAccounts() {}

	/** Inserts a learner with this seed and returns its id. */
	public static long learner(JdbcClient jdbc, String username, long seed) {
		jdbc.sql("INSERT INTO ACCOUNT (USERNAME, USERNAME_KEY, ROLE, SEED, CREATED_AT) VALUES (?, ?, 'LEARNER', ?, ?)")
				.params(username, Usernames.key(username), seed, Timestamp.from(Instant.now()))
				.update();
		return jdbc.sql("SELECT ID FROM ACCOUNT WHERE USERNAME = ?")
				.param(username)
				.query(Long.class)
				.single();
	}
}
