package org.consentlab.account;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores accounts. Passwords arrive already hashed: this class never sees a clear-text password. */
@Service
public class Accounts {

	private static final String COLUMNS = "ID, USERNAME, ROLE, CLASSROOM_ID, SEED, CREATED_AT";

	private static final String BY_NAME = " WHERE USERNAME = ? OR USERNAME_KEY = ?"
			+ " ORDER BY CASE WHEN USERNAME = ? THEN 0 ELSE 1 END FETCH FIRST 1 ROWS ONLY";

	private final JdbcClient jdbc;

	private final SecureRandom random = new SecureRandom();

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The account with this name in any case ({@link Usernames#key}). Names that differed only in
	 * case before usernames became case-insensitive (migration V11) are still found by their exact
	 * spelling first.
	 */
	public Optional<Account> byUsername(String username) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM ACCOUNT" + BY_NAME)
				.params(username, Usernames.key(username), username)
				.query(Accounts::map)
				.optional();
	}

	public Optional<Account> byId(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM ACCOUNT WHERE ID = ?")
				.param(id)
				.query(Accounts::map)
				.optional();
	}

	public Optional<String> passwordHash(String username) {
		return jdbc.sql("SELECT PASSWORD_HASH FROM ACCOUNT" + BY_NAME)
				.params(username, Usernames.key(username), username)
				.query(String.class)
				.optional();
	}

	public Optional<String> passwordHash(long accountId) {
		return jdbc.sql("SELECT PASSWORD_HASH FROM ACCOUNT WHERE ID = ?")
				.param(accountId)
				.query(String.class)
				.optional();
	}

	public List<Account> inClassroom(long classroomId) {
		return jdbc.sql("SELECT " + COLUMNS
						+ " FROM ACCOUNT WHERE CLASSROOM_ID = ? AND ROLE = 'LEARNER' ORDER BY USERNAME")
				.param(classroomId)
				.query(Accounts::map)
				.list();
	}

	/** Whether this name, in any case, is taken. */
	public boolean exists(String username) {
		return jdbc.sql("SELECT COUNT(*) FROM ACCOUNT WHERE USERNAME_KEY = ?")
						.param(Usernames.key(username))
						.query(Integer.class)
						.single()
				> 0;
	}

	/** Creates an account with a fresh random seed. Fails with {@link UsernameTakenException} on a duplicate. */
	@Transactional
	public Account create(String username, String passwordHash, Role role, Long classroomId) {
		if (exists(username)) {
			throw new UsernameTakenException(username);
		}
		try {
			jdbc.sql("INSERT INTO ACCOUNT (USERNAME, USERNAME_KEY, PASSWORD_HASH, ROLE, CLASSROOM_ID, SEED, CREATED_AT)"
							+ " VALUES (?, ?, ?, ?, ?, ?, ?)")
					.params(
							username,
							Usernames.key(username),
							passwordHash,
							role.name(),
							classroomId,
							random.nextLong(),
							Timestamp.from(Instant.now()))
					.update();
		} catch (DuplicateKeyException raced) {
			// another request created the same name, in some case, between the check and the insert
			throw new UsernameTakenException(username);
		}
		return byUsername(username).orElseThrow();
	}

	/** How many learners have joined this class. */
	public int countInClassroom(long classroomId) {
		return jdbc.sql("SELECT COUNT(*) FROM ACCOUNT WHERE CLASSROOM_ID = ? AND ROLE = 'LEARNER'")
				.param(classroomId)
				.query(Integer.class)
				.single();
	}

	@Transactional
	public void changePassword(long accountId, String passwordHash) {
		jdbc.sql("UPDATE ACCOUNT SET PASSWORD_HASH = ? WHERE ID = ?")
				.params(passwordHash, accountId)
				.update();
	}

	/** Remembers a successful sign-in, which the retention rule counts from. */
	public void signedIn(long accountId, Instant at) {
		jdbc.sql("UPDATE ACCOUNT SET LAST_SIGN_IN_AT = ? WHERE ID = ?")
				.params(Timestamp.from(at), accountId)
				.update();
	}

	/** Learners whose last sign-in (or, never signed in, whose creation) is before this instant. */
	public List<Account> learnersIdleSince(Instant before) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM ACCOUNT WHERE ROLE = 'LEARNER'"
						+ " AND COALESCE(LAST_SIGN_IN_AT, CREATED_AT) < ? ORDER BY ID")
				.param(Timestamp.from(before))
				.query(Accounts::map)
				.list();
	}

	/**
	 * Removes the account's own row. The caller has cleared everything that refers to it first (see
	 * {@link AccountDeleted}); foreign keys cascade for anything left.
	 */
	@Transactional
	public void delete(long accountId) {
		jdbc.sql("DELETE FROM ACCOUNT WHERE ID = ?").param(accountId).update();
	}

	/** Rewrites the hash of the account with exactly this (stored) username. */
	@Transactional
	public void changePassword(String username, String passwordHash) {
		jdbc.sql("UPDATE ACCOUNT SET PASSWORD_HASH = ? WHERE USERNAME = ?")
				.params(passwordHash, username)
				.update();
	}

	private static Account map(ResultSet rs, int row) throws SQLException {
		long classroom = rs.getLong("CLASSROOM_ID");
		return new Account(
				rs.getLong("ID"),
				rs.getString("USERNAME"),
				Role.valueOf(rs.getString("ROLE")),
				rs.wasNull() ? null : classroom,
				rs.getLong("SEED"),
				rs.getTimestamp("CREATED_AT").toInstant());
	}
}
