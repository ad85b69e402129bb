package org.consentlab.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.dcql.DcqlQuery;
import org.consentlab.credential.oid4vp.Oid4vp;
import org.consentlab.credential.oid4vp.SignedRequest;
import org.consentlab.credential.registration.OverAsking;
import org.consentlab.credential.registration.RegisteredCredential;
import org.consentlab.credential.registration.RegistrationCertificate;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The classroom's trust framework in a running app: every verifier registered at start, a register
 * anyone can read, access certificates that sign requests a wallet believes, and registrations
 * that show what each verifier asks beyond its purpose.
 */
class ClassroomTrustTests {

	private static final List<String> VERIFIERS =
			List.of("bank", "bar", "border", "cinema", "employer", "gym", "hotel", "landlord", "library", "sim");

	private static RunningApp app;

	private static ClassroomTrust trust;

	/**
	 * The shared solo app: these tests read the framework every app makes at start, and the one that
	 * renames the sim shop's registration signs its original content again before it ends.
	 */
	@BeforeAll
	static void start() {
		app = RunningApp.sharedSolo();
		trust = app.bean(ClassroomTrust.class);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void registerPageWhenOpenedThenListsEveryVerifierWithItsClientIdAndTheRootFingerprint() {
		HttpResponse<String> page = new WebClient(app).get("/register");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(trust.register()).extracting(RegisterEntry::verifierId).containsExactlyElementsOf(VERIFIERS);
		for (RegisterEntry entry : trust.register()) {
			assertThat(page.body()).contains("id=\"entry-" + entry.verifierId() + "\"", entry.clientId());
		}
		assertThat(page.body())
				.contains(RegisterController.fingerprint(trust.roots().get(0)));
	}

	@Test
	void accessCredentialsWhenSigningARequestThenAWalletTrustingTheRootBelievesIt() {
		AccessCredentials bar = trust.accessCredentials("bar").orElseThrow();

		String signed = SignedRequest.sign(Map.of(Oid4vp.NONCE, "n-1"), bar.key(), bar.chain());
		SignedRequest.Verified verified = SignedRequest.verify(
				signed, trust.roots(), Instant.now(), bar.clientId().toString());

		assertThat(verified.clientId()).isEqualTo(bar.clientId());
		assertThat(trust.register().stream()
						.filter(e -> e.verifierId().equals("bar"))
						.findFirst()
						.orElseThrow()
						.clientId())
				.isEqualTo(bar.clientId().toString());
	}

	@Test
	void registrationWhenVerifiedThenBoundToItsOwnAccessCertificateOnly() {
		RegistrationCertificate bar = RegistrationCertificate.verify(
				trust.signedRegistration("bar").orElseThrow(), trust.roots(), Instant.now());

		bar.requireBoundTo(trust.accessCredentials("bar").orElseThrow().chain());
		assertThat(bar.entityId()).isEqualTo(ClassroomTrust.entityId("bar"));
		assertThat(bar.credentials())
				.singleElement()
				.extracting(RegisteredCredential::claimPaths)
				.isEqualTo(List.of(List.of("age_over_18")));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> bar.requireBoundTo(
						trust.accessCredentials("bank").orElseThrow().chain()))
				.isInstanceOf(org.consentlab.credential.registration.RegistrationException.class);
	}

	@Test
	void overAskingWhenBarAsksForNameAndAddressThenBothAreBeyondItsRegistration() {
		RegistrationCertificate bar = RegistrationCertificate.verify(
				trust.signedRegistration("bar").orElseThrow(), trust.roots(), Instant.now());
		RegistrationCertificate hotel = RegistrationCertificate.verify(
				trust.signedRegistration("hotel").orElseThrow(), trust.roots(), Instant.now());
		DcqlQuery barQuery = query("age_over_18", "given_name", "address");
		DcqlQuery hotelQuery = query("given_name", "family_name", "nationalities");

		assertThat(OverAsking.of(barQuery, bar))
				.extracting(OverAsking.Excess::path)
				.containsExactly(List.of("given_name"), List.of("address"));
		assertThat(OverAsking.of(hotelQuery, hotel)).isEmpty();
	}

	@Test
	void frameworkWhenReadByAnotherInstanceThenSameRootAndSameRegistrations() {
		ClassroomTrust other =
				new ClassroomTrust(app.bean(JdbcClient.class), app.bean(org.consentlab.secrets.PrivateKeySealer.class));

		assertThat(other.roots()).isEqualTo(trust.roots());
		assertThat(other.signedRegistration("bar")).isEqualTo(trust.signedRegistration("bar"));
	}

	@Test
	void registerWhenContentUnchangedThenKeepsTheSignatureAndWhenChangedThenSignsAgain() {
		String before = trust.signedRegistration("sim").orElseThrow();
		RegistrationCertificate current = RegistrationCertificate.readOwn(before);
		ClassroomTrust.Registration same = (entityId, issuedAt, expiresAt) -> new RegistrationCertificate(
				current.name(),
				entityId,
				current.country(),
				current.registryUri(),
				current.service(),
				current.purpose(),
				current.privacyPolicy(),
				current.credentials(),
				issuedAt,
				expiresAt);

		assertThat(trust.register("sim", same)).isEqualTo(before);

		String renamed = trust.register(
				"sim",
				(entityId, issuedAt, expiresAt) -> new RegistrationCertificate(
						"Another shop",
						entityId,
						current.country(),
						current.registryUri(),
						current.service(),
						current.purpose(),
						current.privacyPolicy(),
						current.credentials(),
						issuedAt,
						expiresAt));
		assertThat(renamed).isNotEqualTo(before);
		assertThat(RegistrationCertificate.readOwn(
								trust.signedRegistration("sim").orElseThrow())
						.name())
				.isEqualTo("Another shop");
		assertThat(trust.register("sim", same)).isNotEqualTo(renamed);
	}

	private static DcqlQuery query(String... claims) {
		StringBuilder json = new StringBuilder(
				"{\"credentials\":[{\"id\":\"pid\",\"format\":\"dc+sd-jwt\",\"meta\":{\"vct_values\":[\"urn:consentlab:pid:1\"]},\"claims\":[");
		for (int i = 0; i < claims.length; i++) {
			json.append(i == 0 ? "" : ",")
					.append("{\"path\":[\"")
					.append(claims[i])
					.append("\"]}");
		}
		return DcqlQuery.parse(json.append("]}]}").toString());
	}
}
