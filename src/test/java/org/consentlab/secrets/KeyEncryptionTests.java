package org.consentlab.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.registry.extract.OfflineExtract;
import org.consentlab.support.Classroom;
import org.consentlab.support.Postgres;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Private keys at rest, classroom mode on PostgreSQL: what the database holds is sealed (no JWK
 * {@code d}, no PKCS#8 key), keys stored in plaintext before are sealed at the next start, a restart
 * with the same key-encryption key carries on, and a different or missing one stops the start with a
 * sentence saying what to do.
 */
class KeyEncryptionTests {

	private static final Pattern KID = Pattern.compile("id=\"signing-kid\">([^<]+)<");

	@Test
	void keysWhenStoredThenSealedAndSameKekRestartsAndOtherKekIsRefused() {
		String database = Postgres.newDatabase();
		String kek = newKek();
		String kid;
		String credentialPage;
		try (RunningApp app = RunningApp.classroom(database, "--consentlab.key-encryption-key=" + kek)) {
			Classroom classroom = Classroom.create(app, "ms-okafor");
			WebClient ada = classroom.join("ada");
			credentialPage = new WalletDriver(ada).receivePid();
			String extract = app.bean(OfflineExtract.class).sign(Map.of(OfflineExtract.Field.NAME, "Amira Haddad"));
			assertThat(app.bean(OfflineExtract.class).verify(extract)).isPresent();
			kid = kid(ada.get("/issuers/pid").body());

			JdbcClient jdbc = app.bean(JdbcClient.class);
			assertSealed(jdbc);
			// a key stored before sealing existed: the next start seals it
			PrivateKeySealer sealer = app.bean(PrivateKeySealer.class);
			String sealed = jdbc.sql("SELECT PRIVATE_JWK FROM ISSUER_KEY WHERE ISSUER_ID = 'pid' AND KID = ?")
					.param(kid)
					.query(String.class)
					.single();
			jdbc.sql("UPDATE ISSUER_KEY SET PRIVATE_JWK = ? WHERE ISSUER_ID = 'pid' AND KID = ?")
					.params(sealer.open(sealed, "ISSUER_KEY/pid/" + kid), kid)
					.update();
			assertThat(values(jdbc, "SELECT PRIVATE_JWK FROM ISSUER_KEY")).anyMatch(v -> v.contains("\"d\""));
		}

		try (RunningApp again = RunningApp.classroom(database, "--consentlab.key-encryption-key=" + kek)) {
			assertSealed(again.bean(JdbcClient.class));
			WebClient ada = new WebClient(again);
			ada.signIn("ada", Classroom.PASSWORD);
			assertThat(kid(ada.get("/issuers/pid").body())).isEqualTo(kid);
			assertThat(ada.get(credentialPage).statusCode()).isEqualTo(200);
		}

		Throwable wrongKey =
				catchThrowable(() -> RunningApp.classroom(database, "--consentlab.key-encryption-key=" + newKek()));
		assertThat(wrongKey)
				.hasRootCauseInstanceOf(KeyEncryptionException.class)
				.rootCause()
				.hasMessageContaining("not the one this database's private keys were sealed with");

		Throwable noKey = catchThrowable(() -> RunningApp.classroom(database, "--consentlab.key-encryption-key="));
		assertThat(noKey)
				.hasRootCauseInstanceOf(KeyEncryptionException.class)
				.rootCause()
				.hasMessageContaining("needs a key-encryption key");
		assertThat(((KeyEncryptionException) rootCause(noKey)).action()).contains("CONSENTLAB_KEY_ENCRYPTION_KEY");
	}

	@Test
	void failureAnalyzerWhenStartRefusedThenProblemAndActionAsSentences() throws Exception {
		String factories = new String(
				KeyEncryptionTests.class
						.getClassLoader()
						.getResourceAsStream("META-INF/spring.factories")
						.readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(factories).contains(KeyEncryptionFailureAnalyzer.class.getName());
		FailureAnalysis analysis = new KeyEncryptionFailureAnalyzer()
				.analyze(new IllegalStateException(
						"bean creation failed", new KeyEncryptionException("the problem", "the action")));
		assertThat(analysis.getDescription()).isEqualTo("the problem");
		assertThat(analysis.getAction()).isEqualTo("the action");
	}

	private static void assertSealed(JdbcClient jdbc) {
		List<String> keys = new java.util.ArrayList<>();
		keys.addAll(values(jdbc, "SELECT PRIVATE_JWK FROM ISSUER_KEY"));
		keys.addAll(values(jdbc, "SELECT HOLDER_JWK FROM WALLET_CREDENTIAL"));
		keys.addAll(values(jdbc, "SELECT PRIVATE_KEY FROM REGISTRY_KEY"));
		keys.addAll(values(jdbc, "SELECT PRIVATE_KEY FROM TRUST_AUTHORITY"));
		keys.addAll(values(jdbc, "SELECT PRIVATE_KEY FROM TRUST_VERIFIER"));
		assertThat(values(jdbc, "SELECT PRIVATE_KEY FROM TRUST_VERIFIER")).isNotEmpty();
		assertThat(values(jdbc, "SELECT HOLDER_JWK FROM WALLET_CREDENTIAL")).isNotEmpty();
		assertThat(values(jdbc, "SELECT PRIVATE_KEY FROM REGISTRY_KEY")).isNotEmpty();
		assertThat(keys)
				.isNotEmpty()
				.allSatisfy(value -> assertThat(value)
						.startsWith(PrivateKeySealer.PREFIX)
						.doesNotContain("\"d\"")
						.doesNotContain("\"kty\""));
	}

	private static List<String> values(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(String.class).list();
	}

	private static String kid(String page) {
		Matcher m = KID.matcher(page);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	private static Throwable rootCause(Throwable t) {
		while (t.getCause() != null) {
			t = t.getCause();
		}
		return t;
	}

	private static String newKek() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}
}
