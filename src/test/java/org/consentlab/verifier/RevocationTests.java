package org.consentlab.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.consentlab.credential.sdjwt.ParseLimits;
import org.consentlab.credential.status.StatusListToken;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Revocation without phoning home: after the learner reports the ID lost, the issuer's published
 * status list marks its index INVALID, and once the verifiers' cached copy runs out (the token's
 * ttl) a presentation is refused with REVOKED.
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
	void presentWhenIssuerRevokedTheCredentialThenVerifierRejectsWithRevoked() throws Exception {
		WebClient learner = new WebClient(app);
		WalletDriver wallet = new WalletDriver(learner);
		Matcher idx = IDX.matcher(learner.get(wallet.receivePid()).body());
		assertThat(idx.find()).isTrue();
		int index = Integer.parseInt(idx.group(1));
		assertThat(wallet.answer(wallet.openRequest("employer"), "share").body()).contains("accepted your proof");
		assertThat(status(learner, index)).isZero();

		learner.get("/issuers/pid");
		assertThat(learner.post("/issuers/pid/revoke").statusCode()).isEqualTo(302);
		assertThat(status(learner, index)).isEqualTo(1);
		Thread.sleep(6_000);

		assertThat(wallet.answer(wallet.openRequest("employer"), "share").body()).contains("refused your presentation");
		assertThat(learner.get("/verifiers/employer").body()).contains("REVOKED").contains("data-status=\"REJECTED\"");
	}

	private static int status(WebClient client, int index) {
		String compact = client.get("/issuers/pid/status").body();
		return StatusListToken.parse(compact, ParseLimits.DEFAULT.maxJsonDepth(), 1 << 20).statusList().get(index);
	}
}
