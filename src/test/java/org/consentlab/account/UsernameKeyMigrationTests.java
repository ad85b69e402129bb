package org.consentlab.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.consentlab.support.Postgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V11 makes usernames case-insensitive on a database that already holds names differing only in
 * case: nobody loses their account, and afterwards no new collision can be made (security review
 * L5). On H2 and on PostgreSQL.
 */
class UsernameKeyMigrationTests {

	@Test
	void migrateWhenH2HoldsAdaAndADAThenOldestKeepsTheKeyAndNoNewCollision() {
		check("jdbc:h2:mem:v11-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
	}

	@Test
	void migrateWhenPostgresHoldsAdaAndADAThenOldestKeepsTheKeyAndNoNewCollision() {
		check(Postgres.newDatabase());
	}

	@Test
	void keyWhenSameNameInOtherCaseOrWidthThenSameKey() {
		assertThat(Usernames.key("Ada")).isEqualTo(Usernames.key("ada")).isEqualTo(Usernames.key("ＡＤＡ"));
		assertThat(Usernames.key("TITLE")).isEqualTo("title");
		assertThat(Usernames.key("x".repeat(10_000))).hasSize(Usernames.MAX_CHARS);
	}

	private static void check(String url) {
		boolean postgres = url.startsWith("jdbc:postgresql");
		DriverManagerDataSource source =
				new DriverManagerDataSource(url, postgres ? "postgres" : "sa", postgres ? "postgres" : "");
		Flyway.configure().dataSource(source).target("8").load().migrate();
		JdbcClient jdbc = JdbcClient.create(source);
		for (String name : List.of("Ada", "ada", "ADA", "grace")) {
			jdbc.sql("INSERT INTO ACCOUNT (USERNAME, PASSWORD_HASH, ROLE, SEED, CREATED_AT)"
							+ " VALUES (?, '{noop}x', 'LEARNER', 1, CURRENT_TIMESTAMP)")
					.param(name)
					.update();
		}
		jdbc.sql("INSERT INTO CLASSROOM (NAME, JOIN_CODE, CREATED_AT) VALUES ('c', 'ABCD2345', CURRENT_TIMESTAMP)")
				.update();

		Flyway.configure().dataSource(source).load().migrate();

		List<String> keys = jdbc.sql("SELECT USERNAME || '=' || USERNAME_KEY FROM ACCOUNT ORDER BY ID")
				.query(String.class)
				.list();
		assertThat(keys.get(0)).isEqualTo("Ada=ada");
		assertThat(keys.get(1)).startsWith("ada=ada~");
		assertThat(keys.get(2)).startsWith("ADA=ada~");
		assertThat(keys.get(3)).isEqualTo("grace=grace");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM CLASSROOM WHERE JOIN_CODE_EXPIRES_AT > CURRENT_TIMESTAMP"
								+ " AND MAX_LEARNERS = 100")
						.query(Integer.class)
						.single())
				.as("an existing class keeps a working code")
				.isEqualTo(1);

		Accounts accounts = new Accounts(jdbc);
		assertThat(accounts.byUsername("ada").orElseThrow().username())
				.as("exact spelling first")
				.isEqualTo("ada");
		assertThat(accounts.byUsername("ADA").orElseThrow().username()).isEqualTo("ADA");
		assertThat(accounts.byUsername("aDa").orElseThrow().username())
				.as("else the oldest")
				.isEqualTo("Ada");
		assertThat(accounts.byUsername("GRACE").orElseThrow().username()).isEqualTo("grace");
		assertThatThrownBy(() -> accounts.create("Grace", "{noop}y", Role.LEARNER, null))
				.isInstanceOf(UsernameTakenException.class);
		assertThatThrownBy(() -> jdbc.sql("INSERT INTO ACCOUNT (USERNAME, USERNAME_KEY, ROLE, SEED, CREATED_AT)"
								+ " VALUES ('GRACE', 'grace', 'LEARNER', 1, CURRENT_TIMESTAMP)")
						.update())
				.as("the unique index holds even past the application")
				.isInstanceOf(DataIntegrityViolationException.class);
	}
}
