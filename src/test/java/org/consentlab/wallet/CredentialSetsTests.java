package org.consentlab.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.consentlab.account.Accounts;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WebClient;
import org.consentlab.verifier.Transaction;
import org.consentlab.verifier.VerifierTransactions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * DCQL credential sets on the consent screen (OpenID4VP 1.0 §6.4.2), over real HTTP: the border asks
 * for the personal ID and the residence permit, so a wallet with only the ID cannot share; the
 * hotel accepts either, and the learner chooses which one it sees. In order: the border first,
 * while the wallet holds only the ID.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CredentialSetsTests {

	private static RunningApp app;

	private static WebClient learner;

	private static WalletDriver wallet;

	@BeforeAll
	static void start() {
		app = RunningApp.solo();
		learner = new WebClient(app);
		wallet = new WalletDriver(learner);
		wallet.receivePid();
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	@Order(1)
	void borderWhenOnlyTheIdHeldThenCannotShareAndWithThePermitSharesBoth() {
		String without = wallet.openRequest("border");
		assertThat(without)
				.contains("id=\"no-credential\"")
				.contains("urn:consentlab:residence_permit:1")
				.containsPattern("id=\"share\"[^>]*disabled");
		wallet.answer(without, "decline");
		wallet.receive("/issuers/migration", "offer-link");
		String with = wallet.openRequest("border");
		assertThat(with).doesNotContain("id=\"no-credential\"");
		assertThat(wallet.answer(with, "share").body()).contains("accepted your proof");
		Transaction tx = latest("border");
		assertThat(tx.status()).isEqualTo(Transaction.Status.VERIFIED);
		assertThat(tx.disclosed()).contains("document_number", "permit_type", "valid_until");
	}

	@Test
	@Order(2)
	void hotelWhenBothHeldThenTheLearnerChoosesTheResidencePermit() {
		wallet.receive("/issuers/migration", "offer-link");
		wallet.receivePid();
		String consent = wallet.openRequest("hotel");
		assertThat(consent).contains("id=\"choice-0-0\"").contains("id=\"choice-0-1\"");
		List<String> fields = new ArrayList<>();
		WalletDriver.hidden(consent).forEach((name, value) -> {
			fields.add(name);
			fields.add(value);
		});
		fields.addAll(List.of("decision", "share", "choice-0", "1"));
		HttpResponse<String> sent = learner.post("/wallet/requests", fields.toArray(String[]::new));
		assertThat(sent.body()).contains("accepted your proof");
		Transaction tx = latest("hotel");
		assertThat(tx.status()).isEqualTo(Transaction.Status.VERIFIED);
		assertThat(tx.learned()).contains("urn:consentlab:residence_permit:1").doesNotContain("urn:consentlab:pid:1");
		assertThat(learner.post(
								"/wallet/requests",
								fields.subList(0, fields.size() - 2).toArray(String[]::new))
						.statusCode())
				.as("the same request again, answered")
				.isLessThan(500);
		Map<String, String> again = WalletDriver.hidden(wallet.openRequest("hotel"));
		List<String> bad = new ArrayList<>();
		again.forEach((name, value) -> {
			bad.add(name);
			bad.add(value);
		});
		bad.addAll(List.of("decision", "share", "choice-0", "7"));
		assertThat(learner.post("/wallet/requests", bad.toArray(String[]::new)).statusCode())
				.isEqualTo(400);
	}

	private static Transaction latest(String verifierId) {
		long id = app.bean(Accounts.class).byUsername("solo").orElseThrow().id();
		return app.bean(VerifierTransactions.class).of(id, verifierId).get(0);
	}
}
