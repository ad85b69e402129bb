package org.consentlab.labs.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.account.Account;
import org.consentlab.account.Accounts;
import org.consentlab.labs.CheckResult;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the Wallet world's pages tell a learner agrees with what happened: a reused offer is
 * explained in words, not left as a bare {@code invalid_grant}, and lab L10's pooled-logs page calls
 * a pair of visits unlinked exactly when the lab's check accepts it, and lab L11's command names the
 * server the learner reached, not a fixed {@code localhost:8080}.
 */
class WalletWordingTests {

	private static final Pattern ROW =
			Pattern.compile("<tr data-linkable=\"(true|false)\" data-unlinked=\"(true|false)\">"
					+ "\\s*<td>[^<]*</td>\\s*<td>[^<]*</td>\\s*<td>([^<]*)</td>");

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

	/**
	 * The issuer redeems an offer's code once. (The same offer accepted again while its credential is
	 * in the wallet just shows that credential: see {@code WalletIssuerTests}.)
	 */
	@Test
	void offerWhenUsedTwiceThenThePageSaysWhyAndWhereToGetAFreshOne() {
		String offer = wallet.offer("/issuers/university", "offer-link");
		HttpResponse<String> accepted = learner.post("/wallet/offers", "credential_offer", offer);
		assertThat(accepted.statusCode()).isEqualTo(302);
		String credential = accepted.headers()
				.firstValue("Location")
				.orElseThrow()
				.replaceAll("^https?://[^/]+", "")
				.replace("?received", "");
		assertThat(learner.post(credential + "/delete").statusCode()).isEqualTo(302);

		HttpResponse<String> reused = learner.post("/wallet/offers", "credential_offer", offer);

		assertThat(reused.statusCode()).isLessThan(500);
		assertThat(reused.body())
				.contains("id=\"failure-meaning\"")
				.contains("This offer was already used, or it is too old")
				.contains("href=\"/issuers/pid\"");
	}

	@Test
	void pooledPageWhenAPairIsCalledUnlinkedThenTheCheckAgreesAndOtherwiseNot() {
		UnlinkableCheck check = app.bean(UnlinkableCheck.class);
		Account me = app.bean(Accounts.class).byUsername("solo").orElseThrow();
		wallet.receivePid();
		wallet.answer(wallet.openRequest("hotel"), "share");
		wallet.receiveWorkPermit();
		wallet.answer(wallet.openRequest("employer"), "share");
		wallet.answer(wallet.openRequest("bar"), "share");

		// hotel and bar saw one ID; the employer saw another kind of document
		List<String[]> rows = rows();
		assertThat(rows).hasSize(3);
		assertThat(rows).noneMatch(r -> r[1].equals("true"));
		assertThat(rows)
				.filteredOn(r -> r[0].equals("false"))
				.hasSize(2)
				.allMatch(r -> r[2].contains("two different documents"));
		CheckResult linked = check.check(me, "");
		assertThat(linked.passed()).isFalse();
		assertThat(linked.feedbackKey()).isEqualTo("check.L10.unlinkable.linked");

		wallet.receivePid();
		wallet.answer(wallet.openRequest("sim"), "share");

		List<String[]> after = rows();
		assertThat(after)
				.filteredOn(r -> r[1].equals("true"))
				.isNotEmpty()
				.allMatch(r -> r[0].equals("false") && r[2].contains("cannot link the visits"));
		assertThat(check.check(me, "").passed()).isTrue();
	}

	@Test
	void labL11WhenOpenedThenItsCommandNamesTheServerTheLearnerReached() {
		String page = learner.get("/labs/L11").body();

		assertThat(page)
				.contains("curl -s " + app.url("/issuers/migration/status"))
				.doesNotContain("{{origin}}")
				.doesNotContain("localhost:8080");
	}

	private static List<String[]> rows() {
		List<String[]> rows = new ArrayList<>();
		Matcher m = ROW.matcher(learner.get("/verifiers/pooled").body());
		while (m.find()) {
			rows.add(new String[] {m.group(1), m.group(2), m.group(3)});
		}
		return rows;
	}
}
