package org.consentlab.credential.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.consentlab.credential.TestVectors;
import org.consentlab.credential.dcql.DcqlQuery;
import org.consentlab.credential.registration.RegistrationException.Failure;
import org.consentlab.credential.x509.CertificateAuthority;
import org.consentlab.credential.x509.CertificateChain;
import org.junit.jupiter.api.Test;

/** A registrar's signed registration: read back, bound to the access certificate, compared with a request. */
class RegistrationCertificateTests {

	private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");

	private static final Duration YEAR = Duration.ofDays(365);

	private final CertificateAuthority root = CertificateAuthority.root("Classroom root", NOW.minusSeconds(60), YEAR);

	private final CertificateAuthority access = root.intermediate("Classroom access CA", NOW.minusSeconds(60), YEAR);

	private final KeyPair registrarKeys = CertificateAuthority.newKeyPair();

	private final CertificateChain registrar =
			access.issue("Classroom registrar", registrarKeys.getPublic(), NOW.minusSeconds(60), YEAR);

	private final RegistrationCertificate bar = new RegistrationCertificate(
			"The Corner Bar",
			"verifier:bar",
			"XX",
			"https://classroom.example/register",
			orderedTexts("en", "A bar that serves drinks", "ru", "Бар, где подают напитки"),
			orderedTexts("en", "Checking that a guest is of drinking age", "ru", "Проверка, что гостю есть 18"),
			"https://classroom.example/verifiers/bar/privacy",
			List.of(new RegisteredCredential(
					"dc+sd-jwt",
					"https://example.com/pid",
					List.of(List.of("age_equal_or_over", "18"), List.of("picture")))),
			NOW.minusSeconds(30),
			NOW.plus(Duration.ofDays(90)));

	@Test
	void verifyWhenSignedByTheRegistrarThenReadsBackEqual() {
		String signed = bar.sign(registrarKeys.getPrivate(), registrar);

		assertThat(RegistrationCertificate.verify(signed, List.of(root.root()), NOW))
				.isEqualTo(bar);
		assertThat(RegistrationCertificate.toVerifierInfo(signed).text()).contains(signed);
	}

	@Test
	void serviceWhenAskedInALanguageThenThatLanguageOrTheFirstWritten() {
		RegistrationCertificate read = RegistrationCertificate.verify(
				bar.sign(registrarKeys.getPrivate(), registrar), List.of(root.root()), NOW);

		assertThat(read.service("ru")).isEqualTo("Бар, где подают напитки");
		assertThat(read.purpose("de")).isEqualTo("Checking that a guest is of drinking age");
	}

	private static java.util.Map<String, String> orderedTexts(String... pairs) {
		java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			texts.put(pairs[i], pairs[i + 1]);
		}
		return texts;
	}

	@Test
	void verifyWhenSignedOutsideTheClassroomThenUntrustedRegistrar() {
		CertificateAuthority fake = CertificateAuthority.root("Classroom root", NOW.minusSeconds(60), YEAR)
				.intermediate("Classroom access CA", NOW.minusSeconds(60), YEAR);
		KeyPair keys = CertificateAuthority.newKeyPair();
		String signed = bar.sign(keys.getPrivate(), fake.issue("Classroom registrar", keys.getPublic(), NOW, YEAR));

		assertFailure(
				() -> RegistrationCertificate.verify(signed, List.of(root.root()), NOW), Failure.UNTRUSTED_REGISTRAR);
	}

	@Test
	void verifyWhenPayloadEditedThenBadSignature() {
		String signed = bar.sign(registrarKeys.getPrivate(), registrar);
		String[] parts = signed.split("\\.");
		String edited = parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2];

		assertThatThrownBy(() -> RegistrationCertificate.verify(edited, List.of(root.root()), NOW))
				.isInstanceOfSatisfying(
						RegistrationException.class,
						ex -> assertThat(ex.failure()).isIn(Failure.BAD_SIGNATURE, Failure.MALFORMED));
	}

	@Test
	void verifyWhenPastItsExpiryThenExpired() {
		String signed = bar.sign(registrarKeys.getPrivate(), registrar);

		assertFailure(
				() -> RegistrationCertificate.verify(signed, List.of(root.root()), NOW.plus(Duration.ofDays(91))),
				Failure.EXPIRED);
	}

	@Test
	void requireBoundToWhenAnotherVerifiersCertificateThenNotBound() {
		KeyPair bankKeys = CertificateAuthority.newKeyPair();
		CertificateChain bank = access.issue("verifier:bank", bankKeys.getPublic(), NOW, YEAR);
		KeyPair barKeys = CertificateAuthority.newKeyPair();
		CertificateChain barAccess = access.issue("verifier:bar", barKeys.getPublic(), NOW, YEAR);

		bar.requireBoundTo(barAccess);
		assertFailure(() -> bar.requireBoundTo(bank), Failure.NOT_BOUND);
	}

	@Test
	void overAskingWhenRequestAsksForMoreThanRegisteredThenListsEachExtraClaim() {
		DcqlQuery query = DcqlQuery.parse("""
				{"credentials":[{"id":"pid","format":"dc+sd-jwt","meta":{"vct_values":["https://example.com/pid"]},
				"claims":[{"path":["age_equal_or_over","18"]},{"path":["given_name"]},{"path":["address","street_address"]}]}]}
				""");

		assertThat(OverAsking.of(query, bar))
				.extracting(OverAsking.Excess::path)
				.containsExactly(List.of("given_name"), List.of("address", "street_address"));
	}

	@Test
	void overAskingWhenOnlyRegisteredClaimsThenNone() {
		DcqlQuery query = DcqlQuery.parse("""
				{"credentials":[{"id":"pid","format":"dc+sd-jwt","meta":{"vct_values":["https://example.com/pid"]},
				"claims":[{"path":["age_equal_or_over","18"]}]}]}
				""");

		assertThat(OverAsking.of(query, bar)).isEmpty();
	}

	@Test
	void overAskingWhenCredentialTypeNotRegisteredThenEveryClaimIsExcess() {
		assertThat(OverAsking.of(DcqlQuery.parse(TestVectors.text("oid4vc/dcql_simple.json")), bar))
				.isNotEmpty();
	}

	private static void assertFailure(Runnable action, Failure expected) {
		assertThatThrownBy(action::run)
				.isInstanceOfSatisfying(
						RegistrationException.class,
						ex -> assertThat(ex.failure()).isEqualTo(expected));
	}
}
