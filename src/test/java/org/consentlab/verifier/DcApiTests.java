package org.consentlab.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oid4vp.ClientMetadata;
import org.consentlab.credential.oid4vp.DcApiRequest;
import org.consentlab.credential.oid4vp.DcApiResponse;
import org.consentlab.credential.oid4vp.Oid4vp;
import org.consentlab.credential.oid4vp.SignedRequest;
import org.consentlab.credential.oid4vp.VpToken;
import org.consentlab.credential.registration.RegistrationCertificate;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.consentlab.secrets.PrivateKeySealer;
import org.consentlab.support.PreAuthorizedIssuance;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.consentlab.trust.ClassroomTrust;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * The verifier's side of the Digital Credentials API transport over real HTTP, without a browser:
 * the page's signed request checks out under the classroom root with the verifier's origin in
 * {@code expected_origins}; an answer our wallet core encrypted to the request's key is verified;
 * and every other answer (another origin, in the clear, to another key, another nonce or audience,
 * a replay, malformed) gets its typed 4xx, never a 500.
 */
class DcApiTests {

	private static final Pattern DATA_REQUEST = Pattern.compile("data-request=\"([^\"]+)\"");

	private static RunningApp app;

	private static WebClient learner;

	private static DcApiTestWallet wallet;

	@BeforeAll
	static void start() throws Exception {
		app = RunningApp.solo();
		learner = new WebClient(app);
		ECKey holderKey =
				new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
		wallet = new DcApiTestWallet(
				PreAuthorizedIssuance.personalId(app, learner, holderKey),
				holderKey,
				app.bean(ClassroomTrust.class).roots());
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	private static String origin() {
		return app.url("");
	}

	@Test
	void answerWhenOurWalletAnswersFromTheExpectedOriginThenVerifiedKeyForgottenAndReplayRefused() {
		Started bar = start("bar");
		assertThat(bar.request().expectedOrigins()).containsExactly(origin());
		String data = wallet.answer(bar.request(), origin(), List.of("age_over_18"));

		HttpResponse<String> ok = answer(bar, origin(), data);

		assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
		assertThat(json(ok)).containsEntry("status", "VERIFIED");
		assertThat(learner.get(bar.page()).body()).contains("Verified.").contains("age_over_18");
		assertThat(privateKey(bar)).isNull();
		// the public half stays: the decided request is still shown, signed for the same key
		assertThat(publicKey(bar)).isNotNull().doesNotContain("\"d\"");
		java.util.regex.Matcher x =
				java.util.regex.Pattern.compile("\"x\":\"([^\"]+)\"").matcher(publicKey(bar));
		assertThat(x.find()).isTrue();
		assertThat(learner.get(bar.page()).body()).contains(x.group(1));
		assertRefused(answer(bar, origin(), data), 409, "TRANSACTION_USED");
		assertThat(rejectionCodes(bar)).containsExactly("TRANSACTION_USED");
	}

	@Test
	void pageWhenStartedThenTheRequestIsSignedForTheOriginWithTheRegistrationAndASealedKey() {
		Started hotel = start("hotel");
		String signed = signedRequest(hotel.html());
		SignedRequest.Verified verified =
				SignedRequest.verify(signed, app.bean(ClassroomTrust.class).roots(), java.time.Instant.now(), null);

		assertThat(verified.clientId().toString())
				.isEqualTo(app.bean(ClassroomTrust.class)
						.accessCredentials("hotel")
						.orElseThrow()
						.clientId()
						.toString());
		assertThat(verified.claims().string(Oid4vp.RESPONSE_MODE)).isEqualTo(Oid4vp.DC_API_JWT);
		assertThat(verified.claims().has(Oid4vp.RESPONSE_URI)).isFalse();
		assertThat(hotel.request().verifierInfo())
				.extracting(info -> info.format())
				.containsExactly(RegistrationCertificate.VERIFIER_INFO_FORMAT);
		assertThat(hotel.request().nonce()).isEqualTo(transaction(hotel).nonce());
		assertThat(PrivateKeySealer.isSealed(privateKey(hotel))).isTrue();
		assertThat(transaction(hotel).clientId()).isEqualTo("origin:" + origin());
	}

	@Test
	void answerWhenPostedFromAnotherOriginThenForbiddenAndTheRequestStillOpen() {
		Started bar = start("bar");
		String data = wallet.answer(bar.request(), origin(), List.of("age_over_18"));

		assertRefused(answer(bar, "https://evil.example", data), 403, "ORIGIN_NOT_EXPECTED");
		assertRefused(answer(bar, null, data), 403, "ORIGIN_NOT_EXPECTED");
		assertRefused(answer(bar, origin() + "/", data), 403, "ORIGIN_NOT_EXPECTED");

		assertThat(transaction(bar).status()).isEqualTo(Transaction.Status.REQUESTED);
		assertThat(answer(bar, origin(), data).statusCode()).isEqualTo(200);
	}

	@Test
	void answerWhenPostedToTheResponseUriInsteadThenRefusedThereAndTheRequestStillOpen() {
		Started bar = start("bar");
		String data = wallet.answer(bar.request(), origin(), List.of("age_over_18"));
		java.util.regex.Matcher jwe = java.util.regex.Pattern.compile("\"response\"\\s*:\\s*\"([^\"]+)\"")
				.matcher(data);
		assertThat(jwe.find()).as(data).isTrue();

		// the key alone would find the transaction; the origin check is the page's, so no way round it
		HttpResponse<String> bypass = learner.postRaw("/verifiers/bar/response", "response=" + jwe.group(1));
		assertThat(bypass.statusCode()).as(bypass.body()).isEqualTo(400);
		assertThat(transaction(bar).status()).isEqualTo(Transaction.Status.REQUESTED);
		assertThat(answer(bar, origin(), data).statusCode()).isEqualTo(200);
	}

	@Test
	void answerWhenThePresentationWasMadeForAnotherOriginThenRejectedAsAudienceMismatch() {
		Started bar = start("bar");
		String replayedElsewhere = wallet.answer(
				bar.request(), List.of("age_over_18"), bar.request().nonce(), "origin:https://evil.example");

		assertRefused(answer(bar, origin(), replayedElsewhere), 400, "PRESENTATION_REJECTED");

		assertThat(rejectionCodes(bar)).containsExactly(VerificationErrorCode.AUDIENCE_MISMATCH.name());
		assertThat(transaction(bar).status()).isEqualTo(Transaction.Status.REJECTED);
	}

	@Test
	void answerWhenAudienceIsTheClientIdOrTheNonceIsOldThenRejectedWithTheirCodes() {
		Started bar = start("bar");
		String clientId = app.bean(ClassroomTrust.class)
				.accessCredentials("bar")
				.orElseThrow()
				.clientId()
				.toString();
		assertRefused(
				answer(
						bar,
						origin(),
						wallet.answer(
								bar.request(),
								List.of("age_over_18"),
								bar.request().nonce(),
								clientId)),
				400,
				"PRESENTATION_REJECTED");
		assertThat(rejectionCodes(bar)).containsExactly(VerificationErrorCode.AUDIENCE_MISMATCH.name());
		Started again = start("bar");
		assertRefused(
				answer(
						again,
						origin(),
						wallet.answer(
								again.request(),
								List.of("age_over_18"),
								"an-old-nonce",
								DcApiRequest.audience(origin()))),
				400,
				"PRESENTATION_REJECTED");
		assertThat(rejectionCodes(again)).containsExactly(VerificationErrorCode.NONCE_MISMATCH.name());
	}

	@Test
	void answerWhenInTheClearOrToAnotherKeyOrAnotherProtocolThenTypedRefusals() throws Exception {
		Started bar = start("bar");
		String presentation =
				wallet.present(List.of("age_over_18"), bar.request().nonce(), DcApiRequest.audience(origin()));
		String clear = Json.write(Map.of(Oid4vp.VP_TOKEN, Map.of("pid", List.of(presentation))));
		assertRefused(answer(bar, origin(), clear), 400, "NOT_ENCRYPTED");
		ECKey other = new ECKeyGenerator(Curve.P_256)
				.algorithm(com.nimbusds.jose.JWEAlgorithm.ECDH_ES)
				.keyID(bar.request().clientMetadata().encryptionKey().getKeyID())
				.generate();
		String toOtherKey = DcApiResponse.encrypt(
				VpToken.of("pid", presentation), new ClientMetadata(other.toPublicJWK(), ClientMetadata.SUPPORTED));
		assertRefused(answer(bar, origin(), toOtherKey), 400, "WRONG_KEY");
		Started hotel = start("hotel");
		String forHotelsKey = wallet.answer(hotel.request(), origin(), List.of("age_over_18"));
		assertRefused(answer(bar, origin(), forHotelsKey), 400, "WRONG_KEY");
		String good = wallet.answer(bar.request(), origin(), List.of("age_over_18"));
		assertRefused(answer(bar, origin(), "openid4vp-v1-unsigned", good), 400, "PROTOCOL_NOT_REQUESTED");
		assertThat(transaction(bar).status()).isEqualTo(Transaction.Status.REQUESTED);
	}

	@Test
	void answerWhenMalformedThenMalformedNever500AndAWalletErrorIsADecline() {
		Started bar = start("bar");
		for (String data :
				List.of("", "not json", "[]", "{}", "{\"response\":\"a.b.c.d.e\"}", "{\"error\":\"made_up\"}")) {
			assertRefused(answer(bar, origin(), data), 400, "MALFORMED");
		}
		assertThat(answer(bar, origin(), null, null).statusCode()).isEqualTo(400);
		assertThat(answer(bar, origin(), "{\"response\":\"" + "A".repeat(70_000) + "\"}")
						.statusCode())
				.isBetween(400, 413);
		HttpResponse<String> declined = answer(bar, origin(), "{\"error\":\"access_denied\"}");
		assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
		assertThat(transaction(bar).status()).isEqualTo(Transaction.Status.DECLINED);
	}

	@Test
	void answerWhenTheTransactionIsNotADcApiOneOrNotThereThenNotFound() {
		learner.get("/verifiers/bar");
		HttpResponse<String> started = learner.post("/verifiers/bar/transactions");
		String location = started.headers().firstValue("Location").orElseThrow();
		String tx = location.substring(location.lastIndexOf('/') + 1);
		Started linkTransaction = new Started("bar", Long.parseLong(tx), null, "");
		assertRefused(answer(linkTransaction, origin(), "{}"), 404, "NOT_A_DC_API_REQUEST");
		assertRefused(answer(new Started("bar", 999_999, null, ""), origin(), "{}"), 404, "NOT_A_DC_API_REQUEST");
		assertThat(learner.get("/verifiers/bar/dc-api/" + tx).statusCode()).isEqualTo(404);
	}

	/** A started DC API transaction: its page and the request as our wallet read it. */
	private record Started(String verifierId, long tx, DcApiRequest request, String html) {

		String page() {
			return "/verifiers/" + verifierId + "/dc-api/" + tx;
		}
	}

	private static Started start(String verifierId) {
		learner.get("/verifiers/" + verifierId);
		HttpResponse<String> started = learner.post("/verifiers/" + verifierId + "/dc-api");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
		String path = started.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
		String html = learner.get(path).body();
		long tx = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
		return new Started(verifierId, tx, wallet.read(digitalRequest(html)), html);
	}

	private static String digitalRequest(String html) {
		Matcher m = DATA_REQUEST.matcher(html);
		assertThat(m.find()).as("the page's data-request").isTrue();
		return HtmlUtils.htmlUnescape(m.group(1));
	}

	@SuppressWarnings("unchecked")
	private static String signedRequest(String html) {
		Map<String, Object> entry = Json.parseObject(digitalRequest(html), 4, VerificationErrorCode.MALFORMED_SD_JWT);
		return (String) ((Map<String, Object>) entry.get("data")).get(Oid4vp.REQUEST);
	}

	private static HttpResponse<String> answer(Started started, String origin, String data) {
		return answer(started, origin, Oid4vp.DC_API_SIGNED, data);
	}

	private static HttpResponse<String> answer(Started started, String origin, String protocol, String data) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", learner.csrf());
		if (protocol != null) {
			form.put(DcApiController.PROTOCOL_FIELD, protocol);
		}
		if (data != null) {
			form.put(DcApiController.DATA_FIELD, data);
		}
		HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(app.url(started.page() + "/answer")))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(WebClient.encode(form)));
		if (origin != null) {
			post.header("Origin", origin);
		}
		return learner.send(post.build());
	}

	private static void assertRefused(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		Map<String, Object> problem = json(response);
		assertThat(problem).containsEntry("code", code).containsEntry("status", (long) status);
		assertThat((String) problem.get("detail")).isNotBlank();
	}

	private static Map<String, Object> json(HttpResponse<String> response) {
		return Json.parseObject(response.body(), 4, VerificationErrorCode.MALFORMED_SD_JWT);
	}

	private static Transaction transaction(Started started) {
		return app.bean(VerifierTransactions.class)
				.find(accountId(), started.verifierId(), started.tx())
				.orElseThrow();
	}

	private static List<String> rejectionCodes(Started started) {
		return app.bean(VerifierTransactions.class).outcome(accountId(), started.tx()).orElseThrow().codes().stream()
				.map(RejectionCode::name)
				.toList();
	}

	private static String publicKey(Started started) {
		return app.bean(JdbcClient.class)
				.sql("SELECT RESPONSE_PUBLIC_KEY FROM VERIFIER_TRANSACTION WHERE ID = ?")
				.param(started.tx())
				.query(String.class)
				.optional()
				.orElse(null);
	}

	private static String privateKey(Started started) {
		return app.bean(JdbcClient.class)
				.sql("SELECT RESPONSE_KEY FROM VERIFIER_TRANSACTION WHERE ID = ?")
				.param(started.tx())
				.query(String.class)
				.optional()
				.orElse(null);
	}

	private static long accountId() {
		return app.bean(org.consentlab.account.Accounts.class)
				.byUsername("solo")
				.orElseThrow()
				.id();
	}
}
