package org.consentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code issuer-keys}: the server administrator rotates and retires an issuer's keys in the app's database. */
class IssuerKeysCommandTests {

	private final String database = "jdbc:h2:mem:keys-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	@Test
	void rotateWhenIssuerKnownThenNewKidSignsAndOldStaysPublishedUntilRetired() throws Exception {
		CliRun first = CliRun.of("issuer-keys", "rotate", "pid", "--spring.datasource.url=" + database);
		assertThat(first.exitCode()).as(first.err()).isZero();
		assertThat(first.out()).contains("Issuer 'pid' now signs with kid ");
		assertThat(count("RETIRED_AT IS NULL")).isEqualTo(1);
		assertThat(count("RETIRED_AT IS NOT NULL")).isEqualTo(1);

		CliRun retire = CliRun.of("issuer-keys", "retire", "pid", "--spring.datasource.url=" + database);
		assertThat(retire.exitCode()).as(retire.err()).isZero();
		assertThat(retire.out()).contains("1 rotated-out key retired");
	}

	@Test
	void rotateWhenIssuerUnknownThenUsageErrorNamingTheIssuers() {
		CliRun run = CliRun.of("issuer-keys", "rotate", "nobody", "--spring.datasource.url=" + database);
		assertThat(run.exitCode()).isEqualTo(ConsentLabCommand.USAGE);
		assertThat(run.err()).contains("no issuer 'nobody'").contains("pid");
	}

	private int count(String where) throws Exception {
		try (Connection c = DriverManager.getConnection(database, "consentlab", "");
				ResultSet rs = c.createStatement()
						.executeQuery("SELECT COUNT(*) FROM ISSUER_KEY WHERE ISSUER_ID = 'pid' AND " + where)) {
			rs.next();
			return rs.getInt(1);
		}
	}
}
