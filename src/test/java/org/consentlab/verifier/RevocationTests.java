package org.consentlab.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.credential.sdjwt.ParseLimits;
import org.consentlab.credential.status.StatusListToken;
import org.consentlab.support.Eventually;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Revocation without phoning home: after the migration service revokes the learner's residence
 * permit (and the work permit that depends on it), its published status list marks both indices
 * INVALID, and once the verifiers' cached copy runs out (the token's ttl) the employer refuses the
 * work permit with REVOKED. Suspension (status 2) is refused with SUSPENDED, and lifting it lets the
 * credential through again.
 */
class RevocationTests {

	private static final Pattern IDX = Pattern.compile("&quot;idx&quot;: (\\d+)");

	private static RunningApp app;

	@BeforeAll
	static void start() {
		app = RunningApp.solo();
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void presentWhenResidencePermitRevokedThenEmployerRejectsWithRevoked() throws Exception {
		WebClient learner = new WebClient(app);
		WalletDriver wallet = new WalletDriver(learner);
		int residence = index(learner, wallet.receive("/issuers/migration", "offer-link"));
		int work = index(learner, wallet.receiveWorkPermit());
		assertThat(wallet.answer(wallet.openRequest("employer"), "share").body())
				.contains("accepted your proof");
		assertThat(status(learner, "migration", residence)).isZero();

		learner.get("/issuers/migration");
		assertThat(learner.post("/issuers/migration/revoke").statusCode()).isEqualTo(302);
		assertThat(status(learner, "migration", residence)).isEqualTo(1);
		assertThat(status(learner, "migration", work)).isEqualTo(1);
		// the employer keeps the list it fetched for the first presentation until the token's ttl runs out
		Eventually.until(
				"the employer to refuse the revoked work permit",
				cacheLifetime(learner, "migration"),
				() -> wallet.answer(wallet.openRequest("employer"), "share").body(),
				page -> page.contains("refused your presentation"));
		assertThat(learner.get("/verifiers/employer").body())
				.contains("REVOKED")
				.contains("data-status=\"REJECTED\"");
	}

	@Test
	void presentWhenSuspendedThenSuspendedAndWhenReinstatedThenAccepted() throws Exception {
		WebClient learner = new WebClient(app);
		WalletDriver wallet = new WalletDriver(learner);
		int pid = index(learner, wallet.receivePid());
		learner.get("/issuers/pid");
		assertThat(learner.post("/issuers/pid/suspend").statusCode()).isEqualTo(302);
		assertThat(status(learner, "pid", pid)).isEqualTo(2);
		Eventually.until(
				"the bank to refuse the suspended ID",
				cacheLifetime(learner, "pid"),
				() -> wallet.answer(wallet.openRequest("bank"), "share").body(),
				page -> page.contains("refused your presentation"));
		assertThat(learner.get("/verifiers/bank").body()).contains("SUSPENDED");

		assertThat(learner.post("/issuers/pid/reinstate").statusCode()).isEqualTo(302);
		assertThat(status(learner, "pid", pid)).isZero();
		Eventually.until(
				"the bank to accept the reinstated ID",
				cacheLifetime(learner, "pid"),
				() -> wallet.answer(wallet.openRequest("bank"), "share").body(),
				page -> page.contains("accepted your proof"));
	}

	private static int index(WebClient learner, String credentialPage) {
		Matcher idx = IDX.matcher(learner.get(credentialPage).body());
		assertThat(idx.find()).isTrue();
		return Integer.parseInt(idx.group(1));
	}

	/**
	 * How long a verifier may keep the issuer's list: the token's ttl (Token Status List §5.1), which
	 * must be there, plus a margin for a busy machine, still well short of the 30 s a verifier keeps a
	 * list without ttl: a verifier that ignored the ttl fails the wait.
	 */
	private static Duration cacheLifetime(WebClient client, String issuer) {
		HttpResponse<String> published = client.get("/issuers/" + issuer + "/status");
		Long ttl = StatusListToken.parse(published.body(), ParseLimits.DEFAULT.maxJsonDepth(), 1 << 20)
				.ttl();
		assertThat(ttl)
				.as("ttl of the %s status list, as the app was started with", issuer)
				.isEqualTo(RunningApp.STATUS_LIST_TTL_SECONDS);
		assertThat(published.headers().firstValue("Cache-Control"))
				.as("HTTP caching says the same as the token")
				.hasValue("max-age=" + ttl);
		return Duration.ofSeconds(ttl + 10);
	}

	private static int status(WebClient client, String issuer, int index) {
		String compact = client.get("/issuers/" + issuer + "/status").body();
		return StatusListToken.parse(compact, ParseLimits.DEFAULT.maxJsonDepth(), 1 << 20)
				.statusList()
				.get(index);
	}
}
