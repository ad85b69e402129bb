package org.consentlab.classroom;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.consentlab.account.Account;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates classes and answers who runs which. An instructor sees only the classes they run. A join
 * code works for a limited time (security review L5): the instructor can rotate it (the old one
 * stops at once), expire it, and cap the class.
 */
@Service
public class Classrooms {

	/** No 0/O, 1/I/L: codes are read aloud and copied from a projector. */
	private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private static final int CODE_LENGTH = 8;

	private static final String COLUMNS =
			"c.ID, c.NAME, c.JOIN_CODE, c.JOIN_CODE_EXPIRES_AT, c.MAX_LEARNERS, c.CREATED_AT";

	private final JdbcClient jdbc;

	private final ClassroomProperties properties;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	@Autowired
	Classrooms(JdbcClient jdbc, ClassroomProperties properties) {
		this(jdbc, properties, Clock.systemUTC());
	}

	Classrooms(JdbcClient jdbc, ClassroomProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	public Classroom create(String name, Account instructor) {
		String code = newCode();
		jdbc.sql("INSERT INTO CLASSROOM (NAME, JOIN_CODE, JOIN_CODE_EXPIRES_AT, MAX_LEARNERS, CREATED_AT)"
						+ " VALUES (?, ?, ?, ?, ?)")
				.params(
						name,
						code,
						Timestamp.from(clock.instant().plus(Duration.ofDays(properties.joinCodeDays()))),
						properties.maxLearners(),
						Timestamp.from(clock.instant()))
				.update();
		Classroom created = byCode(code).orElseThrow();
		jdbc.sql("INSERT INTO CLASSROOM_INSTRUCTOR (CLASSROOM_ID, ACCOUNT_ID) VALUES (?, ?)")
				.params(created.id(), instructor.id())
				.update();
		return created;
	}

	/** The class with this code, expired or not; the caller decides what an expired code means. */
	public Optional<Classroom> byCode(String code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM CLASSROOM c WHERE c.JOIN_CODE = ?")
				.param(code.trim().toUpperCase(Locale.ROOT))
				.query(Classrooms::map)
				.optional();
	}

	/**
	 * Locks the class's row until the transaction ends, so that parallel joins count its seats one
	 * after another and cannot together overfill it.
	 */
	Optional<Classroom> lockForJoin(long classroomId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM CLASSROOM c WHERE c.ID = ? FOR UPDATE")
				.param(classroomId)
				.query(Classrooms::map)
				.optional();
	}

	/** The class, if this instructor runs it; empty otherwise, so nobody learns that it exists. */
	public Optional<Classroom> runBy(Account instructor, long classroomId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM CLASSROOM c "
						+ "JOIN CLASSROOM_INSTRUCTOR i ON i.CLASSROOM_ID = c.ID WHERE c.ID = ? AND i.ACCOUNT_ID = ?")
				.params(classroomId, instructor.id())
				.query(Classrooms::map)
				.optional();
	}

	public List<Classroom> runBy(Account instructor) {
		return jdbc.sql(
						"SELECT " + COLUMNS + " FROM CLASSROOM c "
								+ "JOIN CLASSROOM_INSTRUCTOR i ON i.CLASSROOM_ID = c.ID WHERE i.ACCOUNT_ID = ? ORDER BY c.CREATED_AT")
				.param(instructor.id())
				.query(Classrooms::map)
				.list();
	}

	/** A fresh code valid for {@code days}; the old one stops working with this commit. */
	@Transactional
	public void rotateCode(Classroom classroom, int days) {
		Timestamp until = Timestamp.from(clock.instant().plus(Duration.ofDays(days)));
		for (int attempt = 0; ; attempt++) {
			try {
				jdbc.sql("UPDATE CLASSROOM SET JOIN_CODE = ?, JOIN_CODE_EXPIRES_AT = ? WHERE ID = ?")
						.params(newCode(), until, classroom.id())
						.update();
				return;
			} catch (DuplicateKeyException collision) {
				// one chance in 31^8 per existing class; draw again, a few times at most
				if (attempt == 3) {
					throw collision;
				}
			}
		}
	}

	/** The code stops working now; learners who joined keep their accounts. */
	@Transactional
	public void expireCode(Classroom classroom) {
		jdbc.sql("UPDATE CLASSROOM SET JOIN_CODE_EXPIRES_AT = ? WHERE ID = ?")
				.params(Timestamp.from(clock.instant()), classroom.id())
				.update();
	}

	/** Seats for new learners; lowering it below those joined only stops further joins. */
	@Transactional
	public void setMaxLearners(Classroom classroom, int seats) {
		jdbc.sql("UPDATE CLASSROOM SET MAX_LEARNERS = ? WHERE ID = ?")
				.params(seats, classroom.id())
				.update();
	}

	/** Removes the class row; its learners must be gone first (see {@link AccountDeletion}). */
	void delete(long classroomId) {
		jdbc.sql("DELETE FROM CLASSROOM WHERE ID = ?").param(classroomId).update();
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
				rs.getTimestamp("JOIN_CODE_EXPIRES_AT").toInstant(),
				rs.getInt("MAX_LEARNERS"),
				rs.getTimestamp("CREATED_AT").toInstant());
	}
}
