package org.consentlab.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.consentlab.support.Postgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration V7 on both databases the app runs on: rejections stored as comma-joined strings by V3
 * come out as one row per code, in their order, and the old column is gone.
 */
class RejectionCodesMigrationTests {

	@Test
	void migrateWhenH2ThenEachCommaStringBecomesOrderedCodeRows() {
		check("jdbc:h2:mem:v7-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
	}

	@Test
	void migrateWhenPostgresThenEachCommaStringBecomesOrderedCodeRows() {
		check(Postgres.newDatabase());
	}

	private static void check(String url) {
		DriverManagerDataSource source = new DriverManagerDataSource(
				url,
				url.startsWith("jdbc:postgresql") ? "postgres" : "sa",
				url.startsWith("jdbc:postgresql") ? "postgres" : "");
		Flyway.configure().dataSource(source).target("6").load().migrate();
		JdbcClient jdbc = JdbcClient.create(source);
		jdbc.sql(
						"INSERT INTO ACCOUNT (USERNAME, ROLE, SEED, CREATED_AT) VALUES ('ada', 'LEARNER', 1, CURRENT_TIMESTAMP)")
				.update();
		long account = jdbc.sql("SELECT ID FROM ACCOUNT WHERE USERNAME = 'ada'")
				.query(Long.class)
				.single();
		jdbc.sql(
						"INSERT INTO VERIFIER_TRANSACTION (VERIFIER_ID, ACCOUNT_ID, STATE, NONCE, CLIENT_ID, STATUS, CREATED_AT) "
								+ "VALUES ('bar', ?, 's', 'n', 'c', 'REJECTED', CURRENT_TIMESTAMP)")
				.param(account)
				.update();
		long tx = jdbc.sql("SELECT ID FROM VERIFIER_TRANSACTION")
				.query(Long.class)
				.single();
		for (String codes : List.of("REVOKED", "NONCE_MISMATCH,AUDIENCE_MISMATCH,SD_HASH_MISMATCH")) {
			jdbc.sql("INSERT INTO VERIFIER_REJECTION (VERIFIER_ID, ACCOUNT_ID, TRANSACTION_ID, CODES, CREATED_AT) "
							+ "VALUES ('bar', ?, ?, ?, CURRENT_TIMESTAMP)")
					.params(account, tx, codes)
					.update();
		}
		Flyway.configure().dataSource(source).load().migrate();
		List<String> rows = jdbc.sql("SELECT R.ID, C.POS, C.CODE FROM VERIFIER_REJECTION R "
						+ "JOIN VERIFIER_REJECTION_CODE C ON C.REJECTION_ID = R.ID ORDER BY R.ID, C.POS")
				.query((rs, row) -> rs.getInt(2) + ":" + rs.getString(3))
				.list();
		assertThat(rows).containsExactly("0:REVOKED", "0:NONCE_MISMATCH", "1:AUDIENCE_MISMATCH", "2:SD_HASH_MISMATCH");
		assertThat(jdbc.sql(
								"SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE UPPER(TABLE_NAME) = 'VERIFIER_REJECTION' "
										+ "AND UPPER(COLUMN_NAME) = 'CODES'")
						.query(Integer.class)
						.single())
				.isZero();
	}
}
