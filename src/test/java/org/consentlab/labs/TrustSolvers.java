package org.consentlab.labs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.credential.dcql.ClaimsQuery;
import org.consentlab.credential.dcql.DcqlQuery;
import org.consentlab.credential.oid4vp.AuthorizationRequest;
import org.consentlab.credential.oid4vp.VerifierRegistration;
import org.consentlab.inspector.TrustAttack;
import org.consentlab.support.AttackDriver;
import org.consentlab.support.SignedRequests;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WebClient;

/** L13: each solver forges, opens and reads requests in the learner's own wallet, as a student would. */
final class TrustSolvers {

	private static final Pattern REFUSAL_CODE = Pattern.compile("id=\"refusal-code\">([A-Z_]+)<");

	/** The verifier the L13.over-asking prompt links to, in either language of the course. */
	private static final Pattern ASKED_VERIFIER =
			Pattern.compile("id=\"L13\\.over-asking\".*?href=\"/verifiers/(\\w+)\"", Pattern.DOTALL);

	private static final Pattern OVER_ASKED = Pattern.compile("data-over-asked=\"([a-z0-9_,]+)\"");

	private static final Pattern MOVE =
			Pattern.compile("id=\"L13\\.broken\".*?<code>([a-z0-9-]+)</code>", Pattern.DOTALL);

	private TrustSolvers() {}

	static final Map<String, TaskSolver> ALL = Map.of(
			"L13.phished", TaskSolvers.byDoing(TrustSolvers::phish),
			"L13.refused",
					new TaskSolver() {
						@Override
						public void prepare(WebClient learner) {
							refusedCode(learner);
						}

						@Override
						public String wrong(WebClient learner) {
							return refusedCode(learner).equals("BAD_SIGNATURE") ? "NOT_SIGNED" : "BAD_SIGNATURE";
						}

						@Override
						public String right(WebClient learner) {
							return refusedCode(learner);
						}
					},
			"L13.over-asking",
					new TaskSolver() {
						@Override
						public void prepare(WebClient learner) {
							new WalletDriver(learner).receivePid();
						}

						@Override
						public String wrong(WebClient learner) {
							// one claim short, or, where only one is beyond the registration, one too many
							String[] claims = overAsked(learner).split(", ");
							return claims.length > 1 ? claims[0] : claims[0] + ", family_name";
						}

						@Override
						public String right(WebClient learner) {
							return overAsked(learner);
						}
					},
			"L13.broken",
					new TaskSolver() {
						@Override
						public String wrong(WebClient learner) {
							return broken(learner).equals("NOT_SIGNED") ? "BAD_SIGNATURE" : "NOT_SIGNED";
						}

						@Override
						public String right(WebClient learner) {
							return broken(learner);
						}
					});

	/**
	 * Starts an unsigned request at the bank and opens it dressed as the bar: same response URI,
	 * nonce, state and query, another name in {@code verifier_info}. Then shares.
	 */
	private static void phish(WebClient learner) {
		WalletDriver wallet = new WalletDriver(learner);
		wallet.receivePid();
		learner.get("/verifiers/bank");
		HttpResponse<String> started = learner.post("/verifiers/bank/transactions", "mode", "unsigned");
		String path = started.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
		Map<String, String> bank =
				SignedRequests.query(WalletDriver.href(learner.get(path).body(), "request-link"));
		String forged = new AuthorizationRequest(
						bank.get("response_uri"),
						bank.get("nonce"),
						bank.get("state"),
						DcqlQuery.parse(bank.get("dcql_query")),
						List.of(new VerifierRegistration(
										"The Corner Bar",
										"Checks that you are over 18.",
										List.of(ClaimsQuery.of(null, "age_over_18")))
								.toVerifierInfo()))
				.toRequestUri("/wallet/requests");
		String consent = learner.get(forged).body();
		assertThat(consent).contains("The Corner Bar");
		assertThat(wallet.answer(consent, "share").body()).contains("data-outcome=\"ACCEPTED\"");
	}

	/** The bank's signed request under the bar's client identifier: the code on the refusal page. */
	private static String refusedCode(WebClient learner) {
		SignedRequests.Started bank = SignedRequests.start(learner, "bank");
		SignedRequests.Started bar = SignedRequests.start(learner, "bar");
		HttpResponse<String> refused = learner.get("/wallet/requests?client_id="
				+ URLEncoder.encode(bar.clientId(), StandardCharsets.UTF_8) + "&request_uri="
				+ URLEncoder.encode(bank.requestUri(), StandardCharsets.UTF_8));
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		Matcher code = REFUSAL_CODE.matcher(refused.body());
		assertThat(code.find()).as("refusal code on the page").isTrue();
		return code.group(1);
	}

	/**
	 * Makes the move the L13 prompt names, on the attack page, and reads the code of the check that
	 * stopped it: on the wallet's refusal page, or in what the verifier logged.
	 */
	private static String broken(WebClient learner) {
		Matcher named = MOVE.matcher(learner.get("/labs/L13").body());
		assertThat(named.find()).as("the move named in the L13 prompt").isTrue();
		String move = named.group(1);
		AttackDriver attacks = new AttackDriver(learner);
		if (TrustAttack.byId(move).map(m -> m.side() == TrustAttack.Side.WALLET).orElse(false)) {
			HttpResponse<String> refused = attacks.openInWallet(attacks.tamperRequest("bank", move));
			Matcher code = REFUSAL_CODE.matcher(refused.body());
			assertThat(code.find()).as("refusal code on the page").isTrue();
			return code.group(1);
		}
		WalletDriver wallet = new WalletDriver(learner);
		wallet.receivePid();
		wallet.answer(wallet.openRequest("hotel"), "share");
		long source = attacks.sources().get(0);
		if (TrustAttack.byId(move).isPresent()) {
			return AttackDriver.trustResult(attacks.tamperAnswer(source, "employer", move))
					.codes()
					.get(0);
		}
		// the L9 move: border checks every claim of the ID, and is never the verifier L9 weakens
		return attacks.attack(source, "border", move).codes().get(0);
	}

	/** The verifier the prompt names, asked for proof: the claims in the consent screen's warning. */
	private static String overAsked(WebClient learner) {
		Matcher named = ASKED_VERIFIER.matcher(learner.get("/labs/L13").body());
		assertThat(named.find()).as("the verifier named in the L13 prompt").isTrue();
		String consent = new WalletDriver(learner).openRequest(named.group(1));
		Matcher over = OVER_ASKED.matcher(consent);
		assertThat(over.find()).as("the over-asking warning").isTrue();
		return over.group(1);
	}
}
