package org.consentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code sd-jwt} command line contract: outputs and exit codes 0, 1 and 2. */
class SdJwtCommandTests {

	@TempDir
	Path dir;

	private String issuerPrivate;

	private String issuerPublic;

	private String holderPrivate;

	private String holderPublic;

	private String claims;

	@BeforeEach
	void keysAndClaims() throws IOException {
		assertThat(CliRun.of("sd-jwt", "keygen", "--alg", "ES256", "--out", this.dir.toString())
						.exitCode())
				.isZero();
		this.issuerPrivate = file("issuer.private.jwk.json");
		this.issuerPublic = file("issuer.public.jwk.json");
		this.holderPrivate = file("holder.private.jwk.json");
		this.holderPublic = file("holder.public.jwk.json");
		this.claims = write(
				"claims.json",
				"{\"given_name\": \"Erika\", \"family_name\": \"Mustermann\", "
						+ "\"address\": {\"locality\": \"Koeln\", \"country\": \"DE\"}, \"nationalities\": [\"DE\", \"FR\"], "
						+ "\"exp\": 4102444800}");
	}

	@Test
	void keygenWhenRunThenFourKeyFilesOnlyPrivateOnesWithD() throws IOException {
		assertThat(Files.readString(Path.of(this.issuerPrivate))).contains("\"d\"");
		assertThat(Files.readString(Path.of(this.holderPublic)))
				.doesNotContain("\"d\"")
				.contains("\"kty\":\"EC\"");
	}

	@Test
	void verifyWhenIssuedPresentedAndBoundThenExitZeroAndOnlyChosenClaims() throws IOException {
		String credential = issue("given_name,family_name,address.locality,nationalities[]");
		CliRun present = CliRun.of(
				"sd-jwt",
				"present",
				"--in",
				write("credential.txt", credential),
				"--select",
				"address.locality,nationalities[1]",
				"--holder-key",
				this.holderPrivate,
				"--nonce",
				"n1",
				"--aud",
				"a1");
		assertThat(present.exitCode()).isZero();
		assertThat(present.out().strip()).doesNotContain("\n").doesNotEndWith("~");

		CliRun verify = CliRun.of(
				"sd-jwt",
				"verify",
				"--issuer-key",
				this.issuerPublic,
				"--in",
				write("presentation.txt", present.out()),
				"--nonce",
				"n1",
				"--aud",
				"a1",
				"--require-kb");

		assertThat(verify.exitCode()).as(verify.err()).isZero();
		assertThat(verify.out())
				.contains(
						"\"locality\": \"Koeln\"",
						"\"country\": \"DE\"",
						"\"nationalities\": [\"FR\"]",
						"\"vct\": ",
						"\"iss\": \"urn:consentlab:issuer:",
						"\"exp\": 4102444800")
				.doesNotContain("Erika", "Mustermann", "_sd");
	}

	@Test
	void verifyWhenPresentedAsJsonThenDecodeAndVerifyReadThatForm() throws IOException {
		String credential = issue("given_name,family_name");
		CliRun present = CliRun.of(
				"sd-jwt",
				"present",
				"--in",
				write("credential.txt", credential),
				"--select",
				"family_name",
				"--holder-key",
				this.holderPrivate,
				"--nonce",
				"n1",
				"--aud",
				"a1",
				"--json");
		assertThat(present.exitCode()).as(present.err()).isZero();
		assertThat(present.out().strip())
				.startsWith("{")
				.contains("\"disclosures\": [", "\"kb_jwt\": ")
				.doesNotContain("~");
		String presentation = write("presentation.json", present.out());

		CliRun verify = CliRun.of(
				"sd-jwt",
				"verify",
				"--issuer-key",
				this.issuerPublic,
				"--in",
				presentation,
				"--nonce",
				"n1",
				"--aud",
				"a1",
				"--require-kb");
		CliRun decode = CliRun.of("sd-jwt", "decode", "--in", presentation);
		CliRun wrongNonce = CliRun.of(
				"sd-jwt",
				"verify",
				"--issuer-key",
				this.issuerPublic,
				"--in",
				presentation,
				"--nonce",
				"n2",
				"--aud",
				"a1");

		assertThat(verify.exitCode()).as(verify.err()).isZero();
		assertThat(verify.out()).contains("\"family_name\": \"Mustermann\"").doesNotContain("Erika");
		assertThat(decode.exitCode()).isZero();
		assertThat(decode.out()).contains("Issuer-signed JWT", "Disclosure 1 (object property)", "\"family_name\"");
		assertThat(wrongNonce.exitCode()).isEqualTo(1);
		assertThat(wrongNonce.err()).startsWith("error: NONCE_MISMATCH: ");
	}

	@Test
	void verifyWhenMalformedJsonThenExitOneWithTypedError() {
		CliRun verify = CliRun.withInput(
				"  {\"payload\": 1}", "sd-jwt", "verify", "--issuer-key", this.issuerPublic, "--in", "-");
		assertThat(verify.exitCode()).isEqualTo(1);
		assertThat(verify.err()).startsWith("error: MALFORMED_SD_JWT: ");
	}

	@Test
	void verifyWhenWrongNonceThenExitOneAndCodeWithExplanationOnStderr() throws IOException {
		String credential = issue("given_name");
		CliRun present = CliRun.of(
				"sd-jwt",
				"present",
				"--in",
				write("c.txt", credential),
				"--select",
				"given_name",
				"--holder-key",
				this.holderPrivate,
				"--nonce",
				"n1",
				"--aud",
				"a1");

		CliRun verify = CliRun.withInput(
				present.out(),
				"sd-jwt",
				"verify",
				"--issuer-key",
				this.issuerPublic,
				"--in",
				"-",
				"--nonce",
				"other",
				"--aud",
				"a1");

		assertThat(verify.exitCode()).isEqualTo(1);
		assertThat(verify.err()).startsWith("error: NONCE_MISMATCH: ").contains("one-time number");
		assertThat(verify.out()).isEmpty();
	}

	@Test
	void verifyWhenRequireKbAndNoneThenKeyBindingMissing() throws IOException {
		String credential = issue("given_name");
		CliRun verify = CliRun.withInput(
				credential, "sd-jwt", "verify", "--issuer-key", this.issuerPublic, "--in", "-", "--require-kb");
		assertThat(verify.exitCode()).isEqualTo(1);
		assertThat(verify.err()).startsWith("error: KEY_BINDING_MISSING: ");
	}

	@Test
	void verifyWhenGarbageThenExitOneWithTypedError() {
		CliRun verify =
				CliRun.withInput("not an sd-jwt", "sd-jwt", "verify", "--issuer-key", this.issuerPublic, "--in", "-");
		assertThat(verify.exitCode()).isEqualTo(1);
		assertThat(verify.err()).startsWith("error: MALFORMED_SD_JWT: ");
	}

	@Test
	void issueWhenVctGivenThenUsedAndWithoutSdThenStillACredential() throws IOException {
		CliRun issue = CliRun.of(
				"sd-jwt",
				"issue",
				"--issuer-key",
				this.issuerPrivate,
				"--claims",
				this.claims,
				"--vct",
				"urn:example:diploma");
		assertThat(issue.exitCode()).isZero();
		CliRun decode = CliRun.withInput(issue.out(), "sd-jwt", "decode", "--in", "-");
		assertThat(decode.out()).contains("\"vct\": \"urn:example:diploma\"", "\"typ\":\"dc+sd-jwt\"");
	}

	@Test
	void decodeWhenCredentialThenHeaderPayloadAndEachDisclosureWithDigest() throws IOException {
		CliRun decode = CliRun.withInput(issue("given_name,nationalities[0]"), "sd-jwt", "decode", "--in", "-");

		assertThat(decode.exitCode()).isZero();
		assertThat(decode.out())
				.contains(
						"Issuer-signed JWT",
						"header: ",
						"payload: ",
						"\"_sd\": [",
						"Disclosure 1 (object property)",
						"Disclosure 2 (array element)",
						"digest (sha-256): ",
						"\"given_name\"",
						"\"cnf\"");
	}

	@Test
	void commandsWhenUsedWrongThenExitTwo() throws IOException {
		assertThat(CliRun.of("sd-jwt", "verify", "--in", "x").exitCode()).isEqualTo(2);
		assertThat(CliRun.of("sd-jwt", "verify", "--issuer-key", "/no/such/file", "--in", "-")
						.exitCode())
				.isEqualTo(2);
		assertThat(CliRun.of("sd-jwt", "issue", "--issuer-key", this.issuerPublic, "--claims", this.claims)
						.exitCode())
				.isEqualTo(2);
		assertThat(CliRun.of(
								"sd-jwt",
								"issue",
								"--issuer-key",
								this.issuerPrivate,
								"--claims",
								this.claims,
								"--sd",
								"no_such_claim")
						.exitCode())
				.isEqualTo(2);
		CliRun present = CliRun.withInput(
				issue("given_name"),
				"sd-jwt",
				"present",
				"--in",
				"-",
				"--select",
				"given_name",
				"--holder-key",
				this.holderPrivate);
		assertThat(present.exitCode()).isEqualTo(2);
		assertThat(present.err()).startsWith("error: ");
	}

	private String issue(String sd) throws IOException {
		CliRun issue = CliRun.of(
				"sd-jwt",
				"issue",
				"--issuer-key",
				this.issuerPrivate,
				"--claims",
				this.claims,
				"--sd",
				sd,
				"--holder-key",
				this.holderPublic);
		assertThat(issue.exitCode()).as(issue.err()).isZero();
		assertThat(issue.out().strip()).doesNotContain("\n").endsWith("~");
		return issue.out().strip();
	}

	private String file(String name) {
		return this.dir.resolve(name).toString();
	}

	private String write(String name, String text) throws IOException {
		return Files.writeString(this.dir.resolve(name), text).toString();
	}

	@Test
	void decodeAndErrorsWhenEnvironmentIsRussianThenRussian() throws IOException {
		String credential = issue("given_name");
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.forLanguageTag("ru-RU"));
			CliRun decode = CliRun.of("sd-jwt", "decode", "--in", write("ru.txt", credential));
			assertThat(decode.exitCode()).isZero();
			assertThat(decode.out())
					.contains("JWT, подписанный издателем", "Раскрытие 1 (свойство объекта)", "\"given_name\"")
					.doesNotContain("Disclosure", "Issuer-signed");
			CliRun missing = CliRun.of(
					"sd-jwt", "decode", "--in", dir.resolve("absent.txt").toString());
			assertThat(missing.exitCode()).isEqualTo(2);
			assertThat(missing.err()).contains("ошибка: не удаётся прочитать").doesNotContain("cannot read");
			CliRun tampered = CliRun.of("sd-jwt", "decode", "--in", write("bad.txt", "not~an~sd-jwt"));
			assertThat(tampered.exitCode()).isEqualTo(1);
			assertThat(tampered.err()).startsWith("ошибка: ").doesNotContain("error:");
		} finally {
			Locale.setDefault(before);
		}
	}
}
