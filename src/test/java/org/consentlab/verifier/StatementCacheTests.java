package org.consentlab.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import org.consentlab.support.Postgres;
import org.junit.jupiter.api.Test;

/**
 * The app asks H2 to keep more parsed statements per connection than its default of 8, so the
 * statements of a wallet's answer (the transaction's read, the accepting update) are not parsed
 * again after a page's statements pushed them out; PostgreSQL, given the same connection
 * properties, ignores the setting and connects.
 */
class StatementCacheTests {

	private static final String KEY = "spring.datasource.hikari.data-source-properties[QUERY_CACHE_SIZE]";

	@Test
	void connectWhenH2ThenQueryCacheHoldsAnAnswersStatementsAndAPages() throws Exception {
		Properties connection = connectionProperties("sa", "");
		try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:cache-" + System.nanoTime(), connection);
				ResultSet rs = h2.createStatement()
						.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
								+ "WHERE SETTING_NAME = 'QUERY_CACHE_SIZE'")) {
			assertThat(rs.next()).isTrue();
			assertThat(Integer.parseInt(rs.getString(1))).isGreaterThanOrEqualTo(32);
		}
	}

	@Test
	void connectWhenPostgresThenSettingIgnored() throws Exception {
		Properties connection = connectionProperties("postgres", "postgres");
		try (Connection pg = DriverManager.getConnection(Postgres.newDatabase(), connection)) {
			assertThat(pg.isValid(5)).isTrue();
		}
	}

	/** The connection properties the app's pool hands its driver, with a user and password. */
	private static Properties connectionProperties(String user, String password) throws IOException, SQLException {
		Properties app = new Properties();
		try (InputStream in = StatementCacheTests.class.getResourceAsStream("/application.properties")) {
			app.load(in);
		}
		assertThat(app.getProperty(KEY)).as(KEY).isNotNull();
		Properties connection = new Properties();
		connection.setProperty("QUERY_CACHE_SIZE", app.getProperty(KEY));
		connection.setProperty("user", user);
		connection.setProperty("password", password);
		return connection;
	}
}
