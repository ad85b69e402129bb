package org.consentlab.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.consentlab.support.Postgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration V9 and the statements the bounded stores run, on both databases the app runs on: the
 * entries of the one old list become list 0 with an expiry, an account's deletion leaves its entries
 * taken, and allocation, release and the per-learner caps work in each SQL dialect.
 */
class CapacityMigrationTests {

	@Test
	void migrateWhenH2ThenOldEntriesAreListZeroAndTheStoresWork() {
		check("jdbc:h2:mem:v9-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
	}

	@Test
	void migrateWhenPostgresThenOldEntriesAreListZeroAndTheStoresWork() {
		check(Postgres.newDatabase());
	}

	private static void check(String url) {
		boolean postgres = url.startsWith("jdbc:postgresql");
		DriverManagerDataSource source =
				new DriverManagerDataSource(url, postgres ? "postgres" : "sa", postgres ? "postgres" : "");
		Flyway.configure().dataSource(source).target("8").load().migrate();
		JdbcClient jdbc = JdbcClient.create(source);
		long ada = account(jdbc, "ada");
		Timestamp issued = Timestamp.from(Instant.parse("2026-01-10T10:00:00Z"));
		jdbc.sql("INSERT INTO ISSUER_STATUS (ISSUER_ID, IDX, STATUS, ACCOUNT_ID, ISSUED_AT, CONFIGURATION_ID) "
						+ "VALUES ('pid', 7, 1, ?, ?, 'pid_sd_jwt')")
				.params(ada, issued)
				.update();

		Flyway.configure().dataSource(source).load().migrate();

		assertThat(jdbc.sql("SELECT LIST_NO, IDX, STATUS, EXPIRES_AT FROM ISSUER_STATUS WHERE ACCOUNT_ID = ?")
						.param(ada)
						.query((rs, row) -> List.of(
								rs.getInt(1),
								rs.getInt(2),
								rs.getInt(3),
								rs.getTimestamp(4).toInstant()))
						.single())
				.isEqualTo(List.of(0, 7, 1, issued.toInstant().plus(Duration.ofDays(366))));
		assertThat(jdbc.sql("SELECT ALLOCATED FROM ISSUER_STATUS_LIST WHERE ISSUER_ID = 'pid' AND LIST_NO = 0")
						.query(Integer.class)
						.single())
				.isEqualTo(1);

		StatusLists lists = new StatusLists(jdbc, null, new IssuerProperties(java.time.Duration.ofSeconds(5)));
		long bea = account(jdbc, "bea");
		Instant expired = Instant.now().minus(StatusLists.RELEASE_GRACE).minusSeconds(60);
		assertThat(lists.allocate("pid", bea, "pid_sd_jwt", 3, expired)).hasSize(3);
		assertThat(lists.allocate("fresh", bea, "x", 2, Instant.now().plusSeconds(600)))
				.extracting(StatusLists.Allocation::list)
				.containsOnly(0);
		assertThat(new StatusListRelease(jdbc).releaseExpired(Instant.now())).isEqualTo(3);
		assertThat(lists.of("pid", bea)).isEmpty();
		assertThat(lists.of("fresh", bea)).hasSize(2);

		jdbc.sql("DELETE FROM ACCOUNT WHERE ID = ?").param(ada).update();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM ISSUER_STATUS WHERE ISSUER_ID = 'pid' AND ACCOUNT_ID IS NULL")
						.query(Integer.class)
						.single())
				.as("a deleted account's entries stay taken until they expire")
				.isEqualTo(1);

		IssuerGrants grants = new IssuerGrants(jdbc);
		for (int i = 0; i < IssuerGrants.PER_LEARNER + 3; i++) {
			grants.create(IssuerGrants.Kind.PRE_AUTHORIZED_CODE, "pid", bea);
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM ISSUER_GRANT WHERE ACCOUNT_ID = ?")
						.param(bea)
						.query(Integer.class)
						.single())
				.isEqualTo(IssuerGrants.PER_LEARNER);
		jdbc.sql("UPDATE ISSUER_GRANT SET EXPIRES_AT = ?")
				.param(Timestamp.from(Instant.now().minusSeconds(1)))
				.update();
		assertThat(grants.purgeExpired(Instant.now())).isEqualTo(IssuerGrants.PER_LEARNER);
	}

	private static long account(JdbcClient jdbc, String name) {
		// Before V11 the account has no USERNAME_KEY; from V11 on it is required.
		boolean keyed = jdbc.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS "
								+ "WHERE UPPER(TABLE_NAME) = 'ACCOUNT' AND UPPER(COLUMN_NAME) = 'USERNAME_KEY'")
						.query(Integer.class)
						.single()
				> 0;
		if (keyed) {
			jdbc.sql("INSERT INTO ACCOUNT (USERNAME, USERNAME_KEY, ROLE, SEED, CREATED_AT) "
							+ "VALUES (?, ?, 'LEARNER', 1, CURRENT_TIMESTAMP)")
					.params(name, name)
					.update();
		} else {
			jdbc.sql(
							"INSERT INTO ACCOUNT (USERNAME, ROLE, SEED, CREATED_AT) VALUES (?, 'LEARNER', 1, CURRENT_TIMESTAMP)")
					.param(name)
					.update();
		}
		return jdbc.sql("SELECT ID FROM ACCOUNT WHERE USERNAME = ?")
				.param(name)
				.query(Long.class)
				.single();
	}
}
