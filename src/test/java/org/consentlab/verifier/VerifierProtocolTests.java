package org.consentlab.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.sdjwt.ClaimPath;
import org.consentlab.credential.sdjwt.KeyBindingJwt;
import org.consentlab.credential.sdjwt.ParseLimits;
import org.consentlab.credential.sdjwt.Presentation;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.sdjwt.SdJwtJson;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.consentlab.credential.status.StatusListToken;
import org.consentlab.credential.verify.Explanations;
import org.consentlab.support.PreAuthorizedIssuance;
import org.consentlab.support.RunningApp;
import org.consentlab.support.SignedRequests;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * The verifiers' response endpoint against hand-made presentations, answered as a wallet does to a
 * signed request (encrypted, direct_post.jwt): a valid one is verified;
 * replays, wrong nonces, presentations bound to another verifier, missing key binding, forged
 * signatures, unmet queries, malformed tokens and expired transactions are refused with their
 * typed codes in the rejection log, and the endpoint never answers 500.
 */
class VerifierProtocolTests {

	/** What the landlord's request requires, all from the personal ID. */
	private static final List<String> LANDLORD_CLAIMS =
			List.of("given_name", "family_name", "age_over_18", "birthdate", "nationalities");

	private static RunningApp app;

	private static WebClient learner;

	private static ECKey holderKey;

	private static final Map<String, SignedRequests.Started> STARTED = new java.util.concurrent.ConcurrentHashMap<>();

	private static SdJwt credential;

	@BeforeAll
	static void start() throws Exception {
		app = RunningApp.solo();
		learner = new WebClient(app);
		holderKey = new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
		credential = PreAuthorizedIssuance.personalId(app, learner, holderKey);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void respondWhenPresentationValidThenVerifiedAndReplayRefused() {
		Map<String, String> request = request("bar");
		String token =
				vpToken(present(request, List.of("age_over_18"), request.get("nonce"), request.get("client_id")));
		HttpResponse<String> ok = respond("bar", request.get("state"), token);
		assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
		assertThat(ok.body()).contains("redirect_uri");
		assertError(respond("bar", request.get("state"), token));
		assertThat(rejections("bar")).contains("TRANSACTION_USED");
	}

	/**
	 * An answer reads one entry of a status list already verified: over many answers the issuer's
	 * list is fetched, and its signature checked, once per ttl (Token Status List §5.1), not once per
	 * answer.
	 */
	@Test
	void respondWhenManyAnswersThenTheStatusListIsFetchedAndVerifiedOncePerTtl() {
		StatusListClient lists = app.bean(StatusListClient.class);
		long ttl = StatusListToken.parse(
						learner.get("/issuers/pid/status").body().trim(), ParseLimits.DEFAULT.maxJsonDepth(), 1 << 20)
				.ttl();
		int answers = 20;
		long fetches = lists.fetches();
		long checks = lists.signatureChecks();
		long started = System.nanoTime();
		for (int i = 0; i < answers; i++) {
			Map<String, String> request = request("bar");
			HttpResponse<String> ok = respond(
					"bar",
					request.get("state"),
					vpToken(present(request, List.of("age_over_18"), request.get("nonce"), request.get("client_id"))));
			assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
		}
		long windows = 2 + Duration.ofNanos(System.nanoTime() - started).toSeconds() / ttl;
		assertThat(windows).as("ttl windows the answers took").isLessThan(answers);
		assertThat(lists.fetches() - fetches).as("status list fetches").isLessThanOrEqualTo(windows);
		assertThat(lists.signatureChecks() - checks)
				.as("status list signature checks")
				.isLessThanOrEqualTo(windows);
	}

	@Test
	void respondWhenPresentationInJsonSerializationThenVerifiedWithItsHandles() {
		Map<String, String> request = request("hotel");
		SdJwt compact = SdJwt.parse(present(
				request,
				List.of("given_name", "family_name", "nationalities"),
				request.get("nonce"),
				request.get("client_id")));
		String json = SdJwtJson.fromCompact(compact).serialize();
		HttpResponse<String> ok = respond("hotel", request.get("state"), vpToken(json));
		assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
		VerifierTransactions.Shown shown =
				app.bean(VerifierTransactions.class).shown(accountId(), 1).get(0);
		assertThat(shown.verifierId()).isEqualTo("hotel");
		assertThat(shown.presentation()).isEqualTo(json);
		assertThat(shown.handles()).isEqualTo(CorrelationHandles.of(compact));
		assertThat(app.bean(VerifierTransactions.class)
						.of(accountId(), "hotel")
						.get(0)
						.disclosed())
				.containsExactly("family_name", "given_name", "nationalities");
	}

	@Test
	void respondWhenBoundToAnotherVerifierThenOneRowPerCodeAndEachExplained() {
		Map<String, String> landlord = request("landlord");
		Map<String, String> bank = request("bank");
		String forLandlord = present(landlord, LANDLORD_CLAIMS, landlord.get("nonce"), landlord.get("client_id"));
		assertError(respond("bank", bank.get("state"), vpToken(forLandlord)));
		long tx = app.bean(VerifierTransactions.class)
				.of(accountId(), "bank")
				.get(0)
				.id();
		List<String> rows = app.bean(JdbcClient.class)
				.sql("SELECT C.CODE FROM VERIFIER_REJECTION R JOIN VERIFIER_REJECTION_CODE C ON C.REJECTION_ID = R.ID "
						+ "WHERE R.TRANSACTION_ID = ? ORDER BY C.POS")
				.param(tx)
				.query(String.class)
				.list();
		assertThat(rows).containsExactly("NONCE_MISMATCH", "AUDIENCE_MISMATCH");
		VerifierTransactions.Rejection rejection =
				app.bean(VerifierTransactions.class).rejections(accountId(), "bank").stream()
						.filter(r -> r.transactionId() == tx)
						.findFirst()
						.orElseThrow();
		assertThat(rejection.codes())
				.containsExactly(
						RejectionCode.of(VerificationErrorCode.NONCE_MISMATCH),
						RejectionCode.of(VerificationErrorCode.AUDIENCE_MISMATCH));
		String page = HtmlUtils.htmlUnescape(rejections("bank"));
		assertThat(page)
				.contains(Explanations.of(VerificationErrorCode.NONCE_MISMATCH))
				.contains(Explanations.of(VerificationErrorCode.AUDIENCE_MISMATCH));
	}

	@Test
	void respondWhenNonceOrAudienceWrongThenNonceMismatchAndAudienceMismatch() {
		Map<String, String> bar = request("bar");
		assertError(respond(
				"bar",
				bar.get("state"),
				vpToken(present(bar, List.of("age_over_18"), "an-old-nonce", bar.get("client_id")))));
		assertThat(rejections("bar")).contains(VerificationErrorCode.NONCE_MISMATCH.name());
		Map<String, String> landlord = request("landlord");
		Map<String, String> bank = request("bank");
		String forLandlord = present(landlord, LANDLORD_CLAIMS, landlord.get("nonce"), landlord.get("client_id"));
		assertError(respond("bank", bank.get("state"), vpToken(forLandlord)));
		assertThat(rejections("bank")).contains(VerificationErrorCode.AUDIENCE_MISMATCH.name());
	}

	@Test
	void respondWhenKeyBindingMissingOrSignatureForgedThenTypedCodes() {
		Map<String, String> first = request("landlord");
		SdJwt selected = Presentation.select(
				credential, LANDLORD_CLAIMS.stream().map(ClaimPath::of).toList(), 32);
		assertError(respond("landlord", first.get("state"), vpToken(selected.serialize())));
		assertThat(rejections("landlord")).contains(VerificationErrorCode.KEY_BINDING_MISSING.name());
		Map<String, String> second = request("landlord");
		String valid = present(second, LANDLORD_CLAIMS, second.get("nonce"), second.get("client_id"));
		String jwt = valid.substring(0, valid.indexOf('~'));
		String forged = jwt.substring(0, jwt.lastIndexOf('.') + 1) + "AAAA" + jwt.substring(jwt.lastIndexOf('.') + 5)
				+ valid.substring(valid.indexOf('~'));
		assertError(respond("landlord", second.get("state"), vpToken(forged)));
		assertThat(rejections("landlord")).contains(VerificationErrorCode.SIGNATURE_INVALID.name());
	}

	@Test
	void respondWhenRequiredClaimMissingThenQueryNotSatisfied() {
		Map<String, String> request = request("bank");
		assertError(respond(
				"bank",
				request.get("state"),
				vpToken(present(request, List.of("given_name"), request.get("nonce"), request.get("client_id")))));
		assertThat(rejections("bank")).contains("QUERY_NOT_SATISFIED");
	}

	@Test
	void respondWhenBorderGetsTheIdWithoutTheResidencePermitThenQueryNotSatisfied() {
		Map<String, String> request = request("border");
		assertError(respond(
				"border",
				request.get("state"),
				vpToken(present(
						request,
						List.of("given_name", "family_name", "birthdate", "nationalities", "document_number"),
						request.get("nonce"),
						request.get("client_id")))));
		assertThat(rejections("border")).contains("QUERY_NOT_SATISFIED");
		Map<String, String> other = request("border");
		assertError(respond("border", other.get("state"), Json.write(Map.of("passport", List.of("x~")))));
		assertThat(rejections("border")).contains("VP_TOKEN_MALFORMED");
	}

	@Test
	void respondWhenTransactionExpiredThenRefusedAndLogged() {
		Map<String, String> request = request("landlord");
		app.bean(JdbcClient.class)
				.sql("UPDATE VERIFIER_TRANSACTION SET CREATED_AT = ? WHERE STATE = ?")
				.params(Timestamp.from(Instant.now().minusSeconds(3600)), request.get("state"))
				.update();
		assertError(respond("landlord", request.get("state"), vpToken("x")));
		assertThat(rejections("landlord")).contains("TRANSACTION_EXPIRED");
	}

	@Test
	void respondWhenMalformedThenInvalidRequestNever500() {
		Map<String, String> request = request("bar");
		for (String token :
				List.of("", "not json", "[]", "{\"pid\": \"x\"}", "{\"pid\": [1]}", "{\"pid\": [\"a~b~\"]}")) {
			Map<String, String> fresh = request("bar");
			assertError(respond("bar", fresh.get("state"), token));
		}
		assertThat(rejections("bar")).contains("VP_TOKEN_MALFORMED");
		assertError(respond("bar", "no-such-state", "{}"));
		assertError(learner.postRaw("/verifiers/bar/response", "vp_token=x"));
		assertThat(learner.postRaw("/verifiers/nobody/response", "state=" + request.get("state"))
						.statusCode())
				.isEqualTo(404);
		assertThat(learner.postRaw(
								"/verifiers/bar/response",
								"state=" + request.get("state") + "&vp_token=" + "A".repeat(70_000))
						.statusCode())
				.isBetween(400, 413);
	}

	private static long accountId() {
		return app.bean(org.consentlab.account.Accounts.class)
				.byUsername("solo")
				.orElseThrow()
				.id();
	}

	/** A signed request's nonce, state and client id, read from the request object the wallet fetches. */
	private static Map<String, String> request(String verifierId) {
		SignedRequests.Started started = SignedRequests.start(learner, verifierId);
		STARTED.put(started.state(), started);
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("nonce", started.nonce());
		parameters.put("state", started.state());
		parameters.put("client_id", started.clientId());
		return parameters;
	}

	private static String present(Map<String, String> request, List<String> claims, String nonce, String audience) {
		SdJwt selected = Presentation.select(
				credential, claims.stream().map(ClaimPath::of).toList(), 32);
		KeyBindingJwt kb =
				KeyBindingJwt.create(selected, holderKey, nonce, audience, Instant.now(), CryptoProvider.DEFAULT);
		return selected.withKeyBinding(kb).serialize();
	}

	private static String vpToken(String presentation) {
		return Json.write(Map.of("pid", List.of(presentation)));
	}

	/**
	 * Answers as a wallet does, encrypted to the request's key (direct_post.jwt); a vp_token that is
	 * not JSON travels as a string. An unknown state gets a plain direct_post.
	 */
	private static HttpResponse<String> respond(String verifierId, String state, String vpToken) {
		SignedRequests.Started started = STARTED.get(state);
		if (started == null) {
			return learner.postRaw(
					"/verifiers/" + verifierId + "/response",
					WebClient.encode(Map.of("state", state, "vp_token", vpToken)));
		}
		Object token;
		try {
			token = Json.parseObject(vpToken, 4, VerificationErrorCode.MALFORMED_SD_JWT);
		} catch (RuntimeException notAnObject) {
			token = vpToken;
		}
		return learner.postRaw("/verifiers/" + verifierId + "/response", started.encryptedAnswer(token));
	}

	private static String rejections(String verifierId) {
		return learner.get("/verifiers/" + verifierId).body();
	}

	private static void assertError(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("\"error\"");
	}
}
