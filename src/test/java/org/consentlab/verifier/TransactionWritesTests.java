package org.consentlab.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.consentlab.support.Postgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The answer path's writes, on both databases the app runs on: accepting an answer is one update
 * by primary key that changes no indexed column (so PostgreSQL can update the row in place, and
 * neither database rewrites an index), a transaction accepts one answer, and abandoned transactions
 * are still found by age and removed while decided ones stay.
 */
class TransactionWritesTests {

	/** The columns {@link VerifierTransactions#accept} writes. */
	private static final List<String> ACCEPT_WRITES =
			List.of("STATUS", "LEARNED", "PRESENTATION", "HANDLES", "DECIDED_AT", "RESPONSE_KEY");

	@Test
	void acceptWhenH2ThenNoIndexedColumnWrittenAndOneAnswerOnly() throws SQLException {
		check("jdbc:h2:mem:writes-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
	}

	@Test
	void acceptWhenPostgresThenNoIndexedColumnWrittenAndOneAnswerOnly() throws SQLException {
		check(Postgres.newDatabase());
	}

	private static void check(String url) throws SQLException {
		boolean postgres = url.startsWith("jdbc:postgresql");
		DriverManagerDataSource source =
				new DriverManagerDataSource(url, postgres ? "postgres" : "sa", postgres ? "postgres" : "");
		Flyway.configure().dataSource(source).load().migrate();
		assertThat(indexedColumns(source, postgres ? "verifier_transaction" : "VERIFIER_TRANSACTION"))
				.as("indexed columns of VERIFIER_TRANSACTION")
				.contains("STATE", "ACCOUNT_ID", "CREATED_AT")
				.doesNotContainAnyElementsOf(ACCEPT_WRITES);

		JdbcClient jdbc = JdbcClient.create(source);
		jdbc.sql(
						"INSERT INTO ACCOUNT (USERNAME, USERNAME_KEY, ROLE, SEED, CREATED_AT) VALUES ('ada', 'ada', 'LEARNER', 1, CURRENT_TIMESTAMP)")
				.update();
		long account = jdbc.sql("SELECT ID FROM ACCOUNT WHERE USERNAME = 'ada'")
				.query(Long.class)
				.single();
		VerifierTransactions transactions = new VerifierTransactions(jdbc);
		Transaction tx = transactions.start("bar", account, "redirect_uri:https://bar.example/response");
		Transaction abandoned = transactions.start("bar", account, "redirect_uri:https://bar.example/response");
		CorrelationHandles handles = CorrelationHandles.parse("{}");

		assertThat(transactions.accept(tx, "{}", "presentation", handles)).isTrue();
		assertThat(transactions.accept(tx, "{}", "another", handles))
				.as("a second answer")
				.isFalse();
		assertThat(transactions.byState("bar", tx.state()).orElseThrow().status())
				.isEqualTo(Transaction.Status.VERIFIED);

		assertThat(transactions.purgeAbandoned(
						Instant.now().plus(VerifierTransactions.ABANDONED_AFTER).plusSeconds(1)))
				.isEqualTo(1);
		assertThat(transactions.byState("bar", abandoned.state())).isEmpty();
		assertThat(transactions.byState("bar", tx.state())).isPresent();
	}

	private static Set<String> indexedColumns(DataSource source, String table) throws SQLException {
		Set<String> columns = new HashSet<>();
		try (Connection connection = source.getConnection();
				ResultSet indexes = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
			while (indexes.next()) {
				if (indexes.getShort("TYPE") != DatabaseMetaData.tableIndexStatistic
						&& indexes.getString("COLUMN_NAME") != null) {
					columns.add(indexes.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
				}
			}
		}
		return columns;
	}
}
