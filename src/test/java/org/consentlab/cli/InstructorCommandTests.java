package org.consentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.UUID;
import org.consentlab.ConsentLabApplication;
import org.junit.jupiter.api.Test;

/** The command line: help without Spring, and {@code instructor add} against a real database. */
class InstructorCommandTests {

	private final String database = "jdbc:h2:mem:cli-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	@Test
	void helpWhenAskedThenListsCommandsAndExitsZero() {
		Run run = run(null, "--help");
		assertThat(run.code).isZero();
		assertThat(run.out).contains("instructor");
	}

	@Test
	void addWhenPasswordFromStdinThenAccountStoredWithHashedPassword() throws Exception {
		Run run = run(
				"a very long secret phrase\n",
				"instructor",
				"add",
				"ms-ito",
				"--password-stdin",
				"--spring.datasource.url=" + database);
		assertThat(run.code).as(run.err).isZero();
		assertThat(run.out).contains("Instructor 'ms-ito' created.").doesNotContain("a very long secret phrase");
		try (Connection c = DriverManager.getConnection(database, "consentlab", "");
				ResultSet rs = c.createStatement()
						.executeQuery("SELECT ROLE, PASSWORD_HASH FROM ACCOUNT WHERE USERNAME = 'ms-ito'")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).isEqualTo("INSTRUCTOR");
			assertThat(rs.getString(2)).startsWith("{argon2}").doesNotContain("secret");
		}
	}

	@Test
	void addWhenPasswordFromStdinIsLongThenCreatedWithoutATrace() throws Exception {
		String longPassword = "ünïcödé passphrase ".repeat(12);
		Run run = run(
				longPassword + "\n",
				"instructor",
				"add",
				"ms-long",
				"--password-stdin",
				"--spring.datasource.url=" + database);
		assertThat(run.code).as(run.err).isZero();
		assertThat(run.err).doesNotContain("Exception");
		try (Connection c = DriverManager.getConnection(database, "consentlab", "");
				ResultSet rs = c.createStatement()
						.executeQuery("SELECT PASSWORD_HASH FROM ACCOUNT WHERE USERNAME = 'ms-long'")) {
			assertThat(rs.next()).isTrue();
			assertThat(new org.springframework.security.crypto.argon2.Argon2PasswordEncoder(16, 32, 1, 1 << 14, 2)
							.matches(longPassword, rs.getString(1).substring("{argon2}".length())))
					.isTrue();
		}
	}

	@Test
	void addWhenNoPasswordGivenThenPrintsAGeneratedOneOnce() {
		Run run = run(null, "instructor", "add", "mr-diallo", "--spring.datasource.url=" + database);
		assertThat(run.code).as(run.err).isZero();
		assertThat(run.out).containsPattern("Password \\(shown once, store it now\\): [A-Za-z0-9]{20}");
	}

	@Test
	void addWhenPasswordShortOrNameBadThenUsageErrorAndNothingStored() throws Exception {
		Run shortPassword = run(
				"short\n", "instructor", "add", "ms-ito2", "--password-stdin", "--spring.datasource.url=" + database);
		assertThat(shortPassword.code).isEqualTo(2);
		assertThat(shortPassword.err).contains("password must be 12 to 1024 characters");
		Run badName = run(null, "instructor", "add", "no spaces allowed!", "--spring.datasource.url=" + database);
		assertThat(badName.code).isEqualTo(2);
		try (Connection c = DriverManager.getConnection(database, "consentlab", "");
				ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM ACCOUNT")) {
			rs.next();
			assertThat(rs.getInt(1)).isZero();
		}
	}

	private static Run run(String stdin, String... args) {
		InputStream in = System.in;
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		try {
			System.setIn(new ByteArrayInputStream((stdin == null ? "" : stdin).getBytes(StandardCharsets.UTF_8)));
			System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
			int code = ConsentLabCommand.run(ConsentLabApplication.class, args);
			return new Run(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
		} finally {
			System.setIn(in);
			System.setOut(out);
			System.setErr(err);
		}
	}

	private record Run(int code, String out, String err) {}
}
