package org.consentlab.classroom;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.consentlab.account.Account;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates classes and answers who runs which. An instructor sees only the classes they run. */
@Service
public class Classrooms {

	/** No 0/O, 1/I/L: codes are read aloud and copied from a projector. */
	private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private static final int CODE_LENGTH = 8;

	private final JdbcClient jdbc;

	private final SecureRandom random = new SecureRandom();

	Classrooms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public Classroom create(String name, Account instructor) {
		String code = newCode();
		jdbc.sql("INSERT INTO CLASSROOM (NAME, JOIN_CODE, CREATED_AT) VALUES (?, ?, ?)")
				.params(name, code, Timestamp.from(Instant.now()))
				.update();
		Classroom created = byCode(code).orElseThrow();
		jdbc.sql("INSERT INTO CLASSROOM_INSTRUCTOR (CLASSROOM_ID, ACCOUNT_ID) VALUES (?, ?)")
				.params(created.id(), instructor.id())
				.update();
		return created;
	}

	public Optional<Classroom> byCode(String code) {
		return jdbc.sql("SELECT ID, NAME, JOIN_CODE, CREATED_AT FROM CLASSROOM WHERE JOIN_CODE = ?")
				.param(code.trim().toUpperCase(java.util.Locale.ROOT))
				.query(Classrooms::map)
				.optional();
	}

	/** The class, if this instructor runs it; empty otherwise, so nobody learns that it exists. */
	public Optional<Classroom> runBy(Account instructor, long classroomId) {
		return jdbc.sql("SELECT c.ID, c.NAME, c.JOIN_CODE, c.CREATED_AT FROM CLASSROOM c "
						+ "JOIN CLASSROOM_INSTRUCTOR i ON i.CLASSROOM_ID = c.ID WHERE c.ID = ? AND i.ACCOUNT_ID = ?")
				.params(classroomId, instructor.id())
				.query(Classrooms::map)
				.optional();
	}

	public List<Classroom> runBy(Account instructor) {
		return jdbc.sql(
						"SELECT c.ID, c.NAME, c.JOIN_CODE, c.CREATED_AT FROM CLASSROOM c "
								+ "JOIN CLASSROOM_INSTRUCTOR i ON i.CLASSROOM_ID = c.ID WHERE i.ACCOUNT_ID = ? ORDER BY c.CREATED_AT")
				.param(instructor.id())
				.query(Classrooms::map)
				.list();
	}

	private String newCode() {
		StringBuilder code = new StringBuilder(CODE_LENGTH);
		for (int i = 0; i < CODE_LENGTH; i++) {
			code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	private static Classroom map(ResultSet rs, int row) throws SQLException {
		return new Classroom(
				rs.getLong("ID"),
				rs.getString("NAME"),
				rs.getString("JOIN_CODE"),
				rs.getTimestamp("CREATED_AT").toInstant());
	}
}
