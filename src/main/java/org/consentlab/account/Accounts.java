package org.consentlab.account;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores accounts. Passwords arrive already hashed: this class never sees a clear-text password. */
@Service
public class Accounts {

	private static final String COLUMNS = "ID, USERNAME, ROLE, CLASSROOM_ID, SEED, CREATED_AT";

	private final JdbcClient jdbc;

	private final SecureRandom random = new SecureRandom();

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Account> byUsername(String username) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM ACCOUNT WHERE USERNAME = ?")
				.param(username)
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
		return jdbc.sql("SELECT PASSWORD_HASH FROM ACCOUNT WHERE USERNAME = ?")
				.param(username)
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

	public boolean exists(String username) {
		return jdbc.sql("SELECT COUNT(*) FROM ACCOUNT WHERE USERNAME = ?")
						.param(username)
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
		jdbc.sql(
						"INSERT INTO ACCOUNT (USERNAME, PASSWORD_HASH, ROLE, CLASSROOM_ID, SEED, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?)")
				.params(
						username,
						passwordHash,
						role.name(),
						classroomId,
						random.nextLong(),
						Timestamp.from(Instant.now()))
				.update();
		return byUsername(username).orElseThrow();
	}

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
