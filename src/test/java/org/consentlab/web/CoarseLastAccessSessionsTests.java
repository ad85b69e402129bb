package org.consentlab.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.consentlab.support.Classroom;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A session's row is written when something in it changes, and for its last access at most once a
 * minute ({@link CoarseLastAccessSessions}): the pages a learner reads in a minute cost no write.
 */
class CoarseLastAccessSessionsTests {

	private static RunningApp app;

	private static JdbcClient jdbc;

	private static Classroom classroom;

	private static int learners;

	@BeforeAll
	static void start() {
		app = RunningApp.sharedClassroom();
		jdbc = app.bean(JdbcClient.class);
		classroom = Classroom.create(app, "coarse-clock-teacher");
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void pagesWhenReadWithinAMinuteThenLastAccessNotWritten() {
		WebClient learner = signedIn();
		long recorded = lastAccess(learner);

		learner.get("/labs");
		learner.get("/wallet");

		assertThat(lastAccess(learner)).isEqualTo(recorded);
	}

	@Test
	void pageWhenLastAccessAMinuteOldThenWrittenWithItsExpiry() {
		WebClient learner = signedIn();
		long stepBack = CoarseLastAccessSessions.GRANULARITY.toMillis() + 1_000;
		jdbc.sql("UPDATE SPRING_SESSION SET LAST_ACCESS_TIME = LAST_ACCESS_TIME - ?, EXPIRY_TIME = EXPIRY_TIME - ?"
						+ " WHERE SESSION_ID = ?")
				.params(stepBack, stepBack, id(learner))
				.update();
		long before = System.currentTimeMillis();

		learner.get("/labs");

		assertThat(lastAccess(learner)).isGreaterThanOrEqualTo(before);
		long expiry = jdbc.sql("SELECT EXPIRY_TIME - LAST_ACCESS_TIME FROM SPRING_SESSION WHERE SESSION_ID = ?")
				.param(id(learner))
				.query(Long.class)
				.single();
		assertThat(expiry).isEqualTo(Duration.ofHours(8).toMillis());
	}

	@Test
	void attributeWhenSetWithinAMinuteThenWritten() {
		WebClient learner = signedIn();
		long recorded = lastAccess(learner);

		learner.get("/labs?demo=on");

		assertThat(jdbc.sql(
								"SELECT COUNT(*) FROM SPRING_SESSION_ATTRIBUTES a JOIN SPRING_SESSION s"
										+ " ON a.SESSION_PRIMARY_ID = s.PRIMARY_ID WHERE s.SESSION_ID = ? AND a.ATTRIBUTE_NAME = ?")
						.params(id(learner), "consentlab.demo")
						.query(Long.class)
						.single())
				.isEqualTo(1);
		assertThat(lastAccess(learner)).isEqualTo(recorded);
		assertThat(learner.get("/labs").body()).contains("<body class=\"demo\"");
	}

	private static WebClient signedIn() {
		return classroom.join("coarse-clock-learner-" + ++learners);
	}

	private static long lastAccess(WebClient learner) {
		return jdbc.sql("SELECT LAST_ACCESS_TIME FROM SPRING_SESSION WHERE SESSION_ID = ?")
				.param(id(learner))
				.query(Long.class)
				.single();
	}

	/** Spring Session's cookie holds the session id in Base64. */
	private static String id(WebClient learner) {
		return new String(Base64.getDecoder().decode(learner.session()), StandardCharsets.UTF_8);
	}
}
