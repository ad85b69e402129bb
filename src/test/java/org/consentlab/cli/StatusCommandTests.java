package org.consentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code status} command line, and {@code sd-jwt verify --status-list} using what it makes. */
class StatusCommandTests {

	private static final String URI = "https://issuer.example.org/status/1";

	@TempDir
	Path dir;

	private String issuerPrivate;

	private String issuerPublic;

	@BeforeEach
	void keys() {
		assertThat(CliRun.of("sd-jwt", "keygen", "--out", this.dir.toString()).exitCode())
				.isZero();
		this.issuerPrivate = this.dir.resolve("issuer.private.jwk.json").toString();
		this.issuerPublic = this.dir.resolve("issuer.public.jwk.json").toString();
	}

	@Test
	void readWhenCreatedAndUpdatedThenShowsTheNewStatus() {
		CliRun create = CliRun.of(
				"status",
				"create",
				"--issuer-key",
				this.issuerPrivate,
				"--uri",
				URI,
				"--size",
				"16",
				"--bits",
				"2",
				"--ttl",
				"300");
		assertThat(create.exitCode()).isZero();
		CliRun update = CliRun.withInput(
				create.out(),
				"status",
				"update",
				"--issuer-key",
				this.issuerPrivate,
				"--in",
				"-",
				"--idx",
				"5",
				"--status",
				"SUSPENDED");
		assertThat(update.exitCode()).isZero();

		CliRun read = CliRun.withInput(update.out(), "status", "read", "--in", "-", "--issuer-key", this.issuerPublic);

		assertThat(read.exitCode()).isZero();
		assertThat(read.out()).contains("sub: " + URI, "ttl: 300 s", "bits: 2, size: 16", "idx 5: SUSPENDED");
	}

	@Test
	void readWhenSignedByAnotherKeyThenStatusListInvalid() throws IOException {
		Path other = this.dir.resolve("other");
		CliRun.of("sd-jwt", "keygen", "--out", other.toString());
		CliRun create = CliRun.of(
				"status",
				"create",
				"--issuer-key",
				other.resolve("issuer.private.jwk.json").toString(),
				"--uri",
				URI);

		CliRun read = CliRun.withInput(create.out(), "status", "read", "--in", "-", "--issuer-key", this.issuerPublic);

		assertThat(read.exitCode()).isEqualTo(1);
		assertThat(read.err()).startsWith("error: STATUS_LIST_INVALID: ");
	}

	@Test
	void verifyWhenCredentialRevokedInStatusListThenRevoked() throws IOException {
		String claims = Files.writeString(this.dir.resolve("claims.json"), "{\"given_name\": \"Erika\"}")
				.toString();
		CliRun issue = CliRun.of(
				"sd-jwt",
				"issue",
				"--issuer-key",
				this.issuerPrivate,
				"--claims",
				claims,
				"--sd",
				"given_name",
				"--status-uri",
				URI,
				"--status-idx",
				"3");
		CliRun create = CliRun.of("status", "create", "--issuer-key", this.issuerPrivate, "--uri", URI);
		CliRun revoke = CliRun.withInput(
				create.out(),
				"status",
				"update",
				"--issuer-key",
				this.issuerPrivate,
				"--in",
				"-",
				"--idx",
				"3",
				"--status",
				"INVALID");
		String list =
				Files.writeString(this.dir.resolve("list.jwt"), revoke.out()).toString();

		CliRun verify = CliRun.withInput(
				issue.out(), "sd-jwt", "verify", "--issuer-key", this.issuerPublic, "--in", "-", "--status-list", list);

		assertThat(verify.exitCode()).isEqualTo(1);
		assertThat(verify.err()).startsWith("error: REVOKED: ");
	}

	@Test
	void updateWhenIndexOutsideTheListThenExitTwo() {
		CliRun create = CliRun.of("status", "create", "--issuer-key", this.issuerPrivate, "--uri", URI, "--size", "8");
		CliRun update = CliRun.withInput(
				create.out(),
				"status",
				"update",
				"--issuer-key",
				this.issuerPrivate,
				"--in",
				"-",
				"--idx",
				"99",
				"--status",
				"INVALID");
		assertThat(update.exitCode()).isEqualTo(2);
	}
}
