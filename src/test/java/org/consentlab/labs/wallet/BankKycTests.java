package org.consentlab.labs.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.consentlab.sandbox.Persona;
import org.consentlab.support.Classroom;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WebClient;
import org.consentlab.verifier.Transaction;
import org.consentlab.verifier.VerifierProfile;
import org.consentlab.verifier.VerifierTransactions;
import org.consentlab.verifier.Verifiers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * L8.bank over real HTTP: the bank's request requires what know-your-customer law makes it collect
 * and asks for extras (email, phone number) beyond its registration. A learner who shares
 * everything does not pass; one who shares exactly the required claims does, and the bank's own
 * transaction log holds exactly those.
 */
class BankKycTests {

	private static RunningApp app;

	private static WebClient learner;

	private static long accountId;

	@BeforeAll
	static void start() {
		app = RunningApp.sharedClassroom();
		learner = Classroom.create(app, "ms-adeyemi").join("kofi");
		// A learner whose personal ID carries both extras, so both are on the consent screen.
		long seed = LongStream.iterate(1, s -> s + 1)
				.filter(s -> Persona.of(s).idClaims().containsAll(List.of("email", "phone_number")))
				.findFirst()
				.orElseThrow();
		JdbcClient jdbc = app.bean(JdbcClient.class);
		jdbc.sql("UPDATE ACCOUNT SET SEED = ? WHERE USERNAME = ?")
				.params(seed, "kofi")
				.update();
		accountId = jdbc.sql("SELECT ID FROM ACCOUNT WHERE USERNAME = ?")
				.param("kofi")
				.query(Long.class)
				.single();
		new WalletDriver(learner).receivePid();
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void bankWhenLearnerSharesEverythingThenFailsAndWhenExactlyTheRequiredThenPasses() {
		VerifierProfile bank = app.bean(Verifiers.class).find("bank").orElseThrow();
		assertThat(bank.required())
				.as("the bank requires what it is registered for")
				.isEqualTo(bank.needed());
		WalletDriver wallet = new WalletDriver(learner);

		String consent = wallet.openRequest("bank");
		List<String> extras = WalletDriver.optionalClaims(consent);
		assertThat(extras)
				.as("optional extras on the consent screen")
				.containsExactlyInAnyOrder("pid.email", "pid.phone_number", "pid.age_over_21");
		wallet.answer(consent, "share", extras.toArray(String[]::new));
		assertThat(newest().disclosed()).contains("email", "phone_number", "age_over_21");
		assertThat(check()).as("sharing everything").contains("class=\"feedback not-yet\"");

		wallet.answer(wallet.openRequest("bank"), "share");
		assertThat(newest().disclosed()).containsExactlyInAnyOrderElementsOf(bank.needed());
		assertThat(check()).as("sharing exactly the required claims").contains("class=\"feedback ok\"");
	}

	private static Transaction newest() {
		List<Transaction> all = app.bean(VerifierTransactions.class).of(accountId, "bank");
		return all.stream()
				.filter(tx -> tx.status() == Transaction.Status.VERIFIED)
				.findFirst() // newest first
				.orElseThrow();
	}

	private static String check() {
		learner.get("/labs/L8");
		learner.post("/labs/L8/tasks/L8.bank", "answer", "");
		return learner.get("/labs/L8").body();
	}
}
