package org.consentlab.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consentlab.account.Accounts;
import org.consentlab.credential.dcql.ClaimsQuery;
import org.consentlab.credential.dcql.DcqlQuery;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oid4vp.AuthorizationRequest;
import org.consentlab.credential.oid4vp.SignedRequest;
import org.consentlab.credential.oid4vp.VerifierRegistration;
import org.consentlab.credential.x509.CertificateAuthority;
import org.consentlab.credential.x509.CertificateChain;
import org.consentlab.support.Classroom;
import org.consentlab.support.RunningApp;
import org.consentlab.support.SignedRequests;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WebClient;
import org.consentlab.trust.ClassroomTrust;
import org.consentlab.verifier.Transaction;
import org.consentlab.verifier.VerifierTransactions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The phishing of a classmate, over real HTTP in a classroom: Ada starts a request at the bank and
 * sends Bea a link dressed as the bar's age check. With the old unsigned requests Bea sees "the bar"
 * and the bank hands Ada Bea's name, birth date, address and document number. With signed requests
 * every disguise fails: unsigned, the wallet shows an unverified requester and the bank refuses the
 * plain answer; edited, the signature breaks; re-signed with Ada's own certificates, the chain does
 * not lead to the classroom root.
 */
class PhishingTests {

	private static RunningApp app;

	private static WebClient ada;

	private static WebClient bea;

	@BeforeAll
	static void start() {
		app = RunningApp.sharedClassroom();
		Classroom classroom = Classroom.create(app, "ms-okafor");
		ada = classroom.join("ada");
		bea = classroom.join("bea");
		new WalletDriver(bea).receivePid();
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void phishingWhenUnsignedModeThenTheBankLearnsBeasDataInAdasTransaction() {
		ada.get("/verifiers/bank");
		String path = ada.post("/verifiers/bank/transactions", "mode", "unsigned")
				.headers()
				.firstValue("Location")
				.orElseThrow()
				.replaceAll("^https?://[^/]+", "");
		Map<String, String> bank =
				SignedRequests.query(WalletDriver.href(ada.get(path).body(), "request-link"));
		String consent = bea.get(dressedAsTheBar(
						bank.get("response_uri"), bank.get("nonce"), bank.get("state"), bank.get("dcql_query")))
				.body();
		assertThat(consent).contains("Unverified requester").contains("It calls itself &quot;The Corner Bar&quot;");
		assertThat(new WalletDriver(bea).answer(consent, "share").body()).contains("accepted your proof");
		Transaction leaked = latest("ada", "bank");
		assertThat(leaked.status()).isEqualTo(Transaction.Status.VERIFIED);
		assertThat(leaked.disclosed()).contains("family_name", "birthdate", "address", "document_number");
	}

	@Test
	void phishingWhenSignedAndDisguisedUnsignedThenUnverifiedAndTheBankRefusesThePlainAnswer() {
		SignedRequests.Started bank = SignedRequests.start(ada, "bank");
		String consent = bea.get(dressedAsTheBar(
						(String) bank.claims().get("response_uri"),
						bank.nonce(),
						bank.state(),
						Json.write(bank.claims().get("dcql_query"))))
				.body();
		assertThat(consent).contains("Unverified requester").doesNotContain("id=\"verifier-name\"");
		assertThat(new WalletDriver(bea).answer(consent, "share").body()).contains("refused your presentation");
		Transaction refused = latest("ada", "bank");
		assertThat(refused.status()).isEqualTo(Transaction.Status.REJECTED);
		assertThat(refused.disclosed()).isEmpty();
		assertThat(ada.get("/verifiers/bank").body()).contains("RESPONSE_NOT_ENCRYPTED");
	}

	@Test
	void phishingWhenSignedBankRequestEditedToLookLikeTheBarThenBadSignature() {
		SignedRequests.Started bank = SignedRequests.start(ada, "bank");
		SignedRequests.Started bar = SignedRequests.start(ada, "bar");
		Map<String, Object> claims = new LinkedHashMap<>(bank.claims());
		claims.put("verifier_info", bar.claims().get("verifier_info"));
		String[] parts = bank.requestObject().split("\\.");
		String edited = parts[0] + "." + base64(Json.write(claims)) + "." + parts[2];
		HttpResponse<String> refused = bea.get(byValue(bank.clientId(), edited));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"refusal-code\">BAD_SIGNATURE<");
	}

	@Test
	void phishingWhenResignedWithAdasOwnCertificatesThenUntrustedCertificate() {
		SignedRequests.Started bank = SignedRequests.start(ada, "bank");
		Instant now = Instant.now().minusSeconds(60);
		CertificateAuthority root = CertificateAuthority.root("ConsentLab classroom root", now, Duration.ofDays(7));
		CertificateAuthority ca = root.intermediate("ConsentLab access certificate authority", now, Duration.ofDays(7));
		var keys = CertificateAuthority.newKeyPair();
		CertificateChain chain = ca.issue(ClassroomTrust.entityId("bar"), keys.getPublic(), now, Duration.ofDays(7));
		Map<String, Object> claims = new LinkedHashMap<>(bank.claims());
		claims.remove("client_id");
		HttpResponse<String> refused =
				bea.get(byValue("x509_hash:" + chain.x509Hash(), SignedRequest.sign(claims, keys.getPrivate(), chain)));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"refusal-code\">UNTRUSTED_CERTIFICATE<");
		assertThat(latest("ada", "bank").status()).isEqualTo(Transaction.Status.REQUESTED);
	}

	/** An unsigned request by value to the bank's response URI, carrying a registration that says "the bar". */
	private static String dressedAsTheBar(String responseUri, String nonce, String state, String dcql) {
		AuthorizationRequest forged = new AuthorizationRequest(
				responseUri,
				nonce,
				state,
				DcqlQuery.parse(dcql),
				List.of(new VerifierRegistration(
								"The Corner Bar",
								"Checks that you are over 18.",
								List.of(ClaimsQuery.of(null, "age_over_18")))
						.toVerifierInfo()));
		return forged.toRequestUri("/wallet/requests");
	}

	private static String byValue(String clientId, String object) {
		return "/wallet/requests?client_id=" + java.net.URLEncoder.encode(clientId, StandardCharsets.UTF_8)
				+ "&request=" + object;
	}

	private static String base64(String json) {
		return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	private static Transaction latest(String username, String verifierId) {
		long id = app.bean(Accounts.class).byUsername(username).orElseThrow().id();
		return app.bean(VerifierTransactions.class).of(id, verifierId).get(0);
	}
}
