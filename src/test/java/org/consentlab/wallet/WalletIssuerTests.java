package org.consentlab.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.consentlab.account.Account;
import org.consentlab.account.Accounts;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.consentlab.secrets.PrivateKeySealer;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The wallet's side of the new issuers, over real HTTP: it checks the issuer's signature before it
 * stores anything (RFC 9901 §7.1 as a holder), follows a key rotation by {@code kid} until the old
 * key is retired, and keeps a batch of one-time credentials as one card, showing a fresh one each time.
 */
class WalletIssuerTests {

	private static RunningApp app;

	private static WebClient learner;

	private static WalletDriver wallet;

	@BeforeAll
	static void start() {
		app = RunningApp.solo();
		learner = new WebClient(app);
		wallet = new WalletDriver(learner);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void checkWhenCredentialTamperedThenSignatureInvalidAndWhenGenuineThenNothing() {
		HeldCredential held = newest(wallet.receive("/issuers/university", "offer-link"));
		IssuerSignatureCheck check = app.bean(IssuerSignatureCheck.class);
		assertThat(check.check(held.issuer(), "urn:consentlab:diploma:1", held.parsed()))
				.isEmpty();
		String[] jws = held.sdJwt().substring(0, held.sdJwt().indexOf('~')).split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(jws[1]), StandardCharsets.UTF_8);
		String forged = jws[0] + "."
				+ Base64.getUrlEncoder()
						.withoutPadding()
						.encodeToString(payload.replace("urn:consentlab:diploma:1", "urn:consentlab:diploma:2")
								.getBytes(StandardCharsets.UTF_8))
				+ "." + jws[2]
				+ held.sdJwt().substring(held.sdJwt().indexOf('~'));
		assertThat(check.check(held.issuer(), null, SdJwt.parse(forged)))
				.containsExactly(VerificationErrorCode.SIGNATURE_INVALID.name());
		assertThat(check.check(held.issuer(), "urn:consentlab:pid:1", held.parsed()))
				.containsExactly(IssuerSignatureCheck.Refusal.VCT_MISMATCH.name());
		assertThat(check.check(held.issuer().replace("university", "pid"), null, held.parsed()))
				.containsExactly(IssuerSignatureCheck.Refusal.ISSUER_MISMATCH.name());
	}

	@Test
	void acceptWhenIssuerSignsWithAKeyItDoesNotPublishThenRefusedAndNothingStored() throws Exception {
		JdbcClient jdbc = app.bean(JdbcClient.class);
		learner.get("/issuers/migration");
		String stored = jdbc.sql(
						"SELECT PRIVATE_JWK FROM ISSUER_KEY WHERE ISSUER_ID = 'migration' AND RETIRED_AT IS NULL")
				.query(String.class)
				.single();
		String kid = jdbc.sql("SELECT KID FROM ISSUER_KEY WHERE ISSUER_ID = 'migration' AND RETIRED_AT IS NULL")
				.query(String.class)
				.single();
		// private keys are sealed at rest, bound to their row (secrets.PrivateKeySealer)
		PrivateKeySealer sealer = app.bean(PrivateKeySealer.class);
		String context = "ISSUER_KEY/migration/" + kid;
		Map<String, Object> key =
				Json.parseObject(sealer.open(stored, context), 4, VerificationErrorCode.MALFORMED_SD_JWT);
		// the issuer's private scalar no longer matches the public key it publishes
		key.put("d", new ECKeyGenerator(Curve.P_256).generate().getD().toString());
		jdbc.sql("UPDATE ISSUER_KEY SET PRIVATE_JWK = ? WHERE ISSUER_ID = 'migration' AND RETIRED_AT IS NULL")
				.param(sealer.seal(Json.write(key), context))
				.update();
		try {
			int before = held().size();
			String offerPage = learner.get(
							WalletDriver.href(learner.get("/issuers/migration").body(), "offer-link"))
					.body();
			HttpResponse<String> refused = learner.post(
					"/wallet/offers",
					"credential_offer",
					WalletDriver.hidden(offerPage).get("credential_offer"));
			assertThat(refused.statusCode()).isEqualTo(200);
			assertThat(refused.body()).contains("does not check out").contains("SIGNATURE_INVALID");
			assertThat(held()).hasSize(before);
		} finally {
			jdbc.sql("UPDATE ISSUER_KEY SET PRIVATE_JWK = ? WHERE ISSUER_ID = 'migration' AND RETIRED_AT IS NULL")
					.param(stored)
					.update();
		}
	}

	@Test
	void rotateWhenOldCredentialPresentedThenVerifiesByKidUntilRetiredThenKeyUnknown() {
		HeldCredential old = newest(wallet.receivePid());
		String oldKid = old.parsed().issuerSignedJwt().header().getKeyID();
		learner.get("/issuers/pid");
		assertThat(learner.post("/issuers/pid/keys/rotate").statusCode()).isEqualTo(302);
		String page = learner.get("/issuers/pid").body();
		assertThat(page)
				.contains("class=\"published-kid\">" + oldKid + "<")
				.doesNotContain("id=\"signing-kid\">" + oldKid + "<");
		HeldCredential fresh = newest(wallet.receivePid());
		assertThat(fresh.parsed().issuerSignedJwt().header().getKeyID()).isNotEqualTo(oldKid);
		IssuerSignatureCheck check = app.bean(IssuerSignatureCheck.class);
		assertThat(check.check(old.issuer(), null, old.parsed())).isEmpty();
		String list = learner.get("/issuers/pid/status").body();
		String listHeader = new String(
				java.util.Base64.getUrlDecoder().decode(list.substring(0, list.indexOf('.'))),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(listHeader)
				.as("the status list is signed by the new key")
				.contains(fresh.parsed().issuerSignedJwt().header().getKeyID())
				.doesNotContain(oldKid);
		// the bar is shown the old credential: it picks the old key by its kid, and the list's key by its own
		learner.get("/wallet");
		learner.post("/wallet/credentials/" + fresh.id() + "/delete");
		assertThat(wallet.answer(wallet.openRequest("bar"), "share").body()).contains("accepted your proof");

		learner.post("/issuers/pid/keys/retire");
		assertThat(learner.get("/issuers/pid").body()).doesNotContain(">" + oldKid + "<");
		assertThat(check.check(old.issuer(), null, old.parsed()))
				.containsExactly(IssuerSignatureCheck.Refusal.ISSUER_KEY_UNKNOWN.name());
		learner.post("/wallet/credentials/" + old.id() + "/delete");
	}

	@Test
	void receiveWhenBatchOfferedThenOneCardAndEachPresentationUsesAFreshCopy() {
		String batchLink = WalletDriver.href(learner.get("/issuers/pid").body(), "batch-offer-link");
		String offerPage = learner.get(batchLink).body();
		assertThat(offerPage).contains("id=\"batch-note\"");
		Map<String, String> form = WalletDriver.hidden(offerPage);
		HttpResponse<String> accepted = learner.post(
				"/wallet/offers", "credential_offer", form.get("credential_offer"), "batch", form.get("batch"));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
		List<HeldCredential> batch =
				held().stream().filter(HeldCredential::inBatch).toList();
		assertThat(batch).hasSize(3);
		assertThat(batch.stream().map(HeldCredential::batchKey).distinct()).hasSize(1);
		assertThat(batch.stream().map(HeldCredential::holderJwk).distinct()).hasSize(3);
		assertThat(learner.get("/wallet").body()).contains("data-left=\"3/3\"").contains("3 of 3 one-time copies left");

		assertThat(wallet.answer(wallet.openRequest("bar"), "share").body()).contains("accepted your proof");
		assertThat(wallet.answer(wallet.openRequest("bar"), "share").body()).contains("accepted your proof");
		List<HeldCredential> used = held().stream().filter(HeldCredential::used).toList();
		assertThat(used).hasSize(2);
		assertThat(learner.get("/wallet").body()).contains("data-left=\"1/3\"");
		learner.post("/wallet/credentials/" + batch.get(0).id() + "/delete");
		assertThat(held().stream().filter(HeldCredential::inBatch)).isEmpty();
	}

	/**
	 * An offer accepted again after its credential arrived (a retry after a lost connection, or the
	 * form sent again from the browser's history) shows the credential it gave: its pre-authorized
	 * code is spent, and asking the issuer again would only earn a refusal.
	 */
	@Test
	void acceptWhenSameOfferSentTwiceThenTheCredentialItGaveIsShownAndNothingAsked() {
		String offer = wallet.offer("/issuers/pid", "offer-link");
		HttpResponse<String> first = learner.post("/wallet/offers", "credential_offer", offer, "batch", "1");
		assertThat(first.statusCode()).as(first.body()).isEqualTo(302);
		int held = held().size();

		HttpResponse<String> again = learner.post("/wallet/offers", "credential_offer", offer, "batch", "1");

		assertThat(again.statusCode()).as(again.body()).isEqualTo(302);
		assertThat(again.headers().firstValue("Location"))
				.isEqualTo(first.headers().firstValue("Location"));
		assertThat(held()).hasSize(held);
		String another = wallet.offer("/issuers/pid", "offer-link");
		assertThat(learner.post("/wallet/offers", "credential_offer", another, "batch", "1")
						.headers()
						.firstValue("Location"))
				.as("a new offer gives a new credential")
				.isNotEqualTo(first.headers().firstValue("Location"));
		assertThat(held()).hasSize(held + 1);
	}

	private static List<HeldCredential> held() {
		Account me = app.bean(Accounts.class).byUsername("solo").orElseThrow();
		return app.bean(WalletCredentials.class).of(me.id());
	}

	private static HeldCredential newest(String credentialPage) {
		long id = Long.parseLong(credentialPage.substring(credentialPage.lastIndexOf('/') + 1));
		return held().stream().filter(h -> h.id() == id).findFirst().orElseThrow();
	}
}
