package org.consentlab.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.sdjwt.Disclosure;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The migration service, the university and the personal-ID issuer from outside, over real HTTP:
 * two credential configurations in one issuer's metadata, deterministic permit claims, the
 * transaction code of OpenID4VCI 1.0 §6.1 with its limited attempts, and batch issuance (§8.2)
 * whose members share nothing a verifier could link them by.
 */
class IssuersTests {

	private static final String GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code";

	private static final Pattern TX_CODE = Pattern.compile("data-configuration=\"([a-z_]+)\">(\\d{6})<");

	private static RunningApp app;

	private static WebClient learner;

	@BeforeAll
	static void start() {
		app = RunningApp.solo();
		learner = new WebClient(app);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void metadataWhenMigrationServiceThenBothPermitsOwnKeysAndNoBatch() {
		Map<String, Object> metadata = json(learner.get("/.well-known/openid-credential-issuer/issuers/migration")
				.body());
		assertThat(((Map<?, ?>) metadata.get("credential_configurations_supported"))
						.keySet().stream().map(String::valueOf).toList())
				.containsExactlyInAnyOrder("residence_permit_sd_jwt", "work_permit_sd_jwt");
		assertThat(metadata).doesNotContainKey("batch_credential_issuance");
		Map<String, Object> pid = json(
				learner.get("/.well-known/openid-credential-issuer/issuers/pid").body());
		assertThat(pid.get("batch_credential_issuance")).isEqualTo(Map.of("batch_size", (long) PersonalId.BATCH_SIZE));
		assertThat(kids("migration")).isNotEmpty().doesNotContainAnyElementsOf(kids("pid"));
		assertThat(kids("university")).isNotEmpty().doesNotContainAnyElementsOf(kids("migration"));
		assertThat(learner.get("/issuers/nobody").statusCode()).isEqualTo(404);
		assertThat(learner.get("/.well-known/openid-credential-issuer/issuers/nobody")
						.statusCode())
				.isEqualTo(404);
	}

	@Test
	void issueWhenWorkPermitOrDiplomaThenLearnersClaimsEachDisclosable() throws Exception {
		SdJwt first = issue("migration", "offer-link-work_permit_sd_jwt", "work_permit_sd_jwt", null, 1)
				.get(0);
		SdJwt again = issue("migration", "offer-link-work_permit_sd_jwt", "work_permit_sd_jwt", null, 1)
				.get(0);
		Map<String, Object> claims = disclosed(first);
		assertThat(claims)
				.containsKeys(
						"given_name",
						"family_name",
						"birthdate",
						"nationalities",
						"document_number",
						"permit_type",
						"employer",
						"valid_until")
				.containsEntry("right_to_work", true);
		assertThat(disclosed(again)).isEqualTo(claims);
		assertThat(first.payload())
				.doesNotContainKeys("right_to_work", "employer")
				.containsEntry("vct", MigrationPermit.WORK_VCT);
		SdJwt residence = issue("migration", "offer-link", "residence_permit_sd_jwt", null, 1)
				.get(0);
		assertThat(residence.payload()).containsEntry("vct", MigrationPermit.RESIDENCE_VCT);
		assertThat(disclosed(residence))
				.containsKeys("permit_type", "right_to_work", "valid_until")
				.containsEntry("given_name", claims.get("given_name"));
		SdJwt diploma =
				issue("university", "offer-link", "diploma_sd_jwt", null, 1).get(0);
		assertThat(disclosed(diploma))
				.containsKeys("degree", "field_of_study", "institution", "year_awarded", "given_name");
	}

	@Test
	void tokenWhenTxCodeMissingOrWrongThenInvalidGrantAndThreeWrongKillTheCode() throws Exception {
		assertThat(learner.get("/issuers/migration").body())
				.as("the page links to itself with the OpenID4VCI parameter name")
				.contains("id=\"tx-code-option\" href=\"/issuers/migration?tx_code=on\"");
		String page = learner.get("/issuers/migration?tx_code=on").body();
		Map<String, Object> offer = offer(page, "offer-link-work_permit_sd_jwt");
		Map<?, ?> grant = (Map<?, ?>) ((Map<?, ?>) offer.get("grants")).get(GRANT);
		assertThat(grant.get("tx_code"))
				.isEqualTo(Map.of(
						"input_mode",
						"numeric",
						"length",
						6L,
						"description",
						"The code the migration service sent you by text message"));
		assertThat(page).doesNotContain("\"" + txCode(page, "work_permit_sd_jwt") + "\"");
		String code = (String) grant.get("pre-authorized_code");
		String right = txCode(page, "work_permit_sd_jwt");
		String wrong = right.equals("000000") ? "111111" : "000000";
		assertError(token("migration", code, null), 400, "invalid_grant");
		assertError(token("migration", code, wrong), 400, "invalid_grant");
		assertThat(token("migration", code, right).statusCode()).isEqualTo(200);

		String page2 = learner.get("/issuers/migration?tx_code=on").body();
		String code2 =
				(String) ((Map<?, ?>) ((Map<?, ?>) offer(page2, "offer-link").get("grants")).get(GRANT))
						.get("pre-authorized_code");
		for (int i = 0; i < IssuerGrants.TX_CODE_ATTEMPTS; i++) {
			assertError(
					token(
							"migration",
							code2,
							wrong.equals(txCode(page2, "residence_permit_sd_jwt")) ? "222222" : wrong),
					400,
					"invalid_grant");
		}
		assertError(token("migration", code2, txCode(page2, "residence_permit_sd_jwt")), 400, "invalid_grant");
	}

	/**
	 * Twenty wrong transaction codes sent at once, each on its own connection: the issuer compares at
	 * most {@link IssuerGrants#TX_CODE_ATTEMPTS} of them, and the code is gone before the right one comes.
	 */
	@Test
	void tokenWhenTwentyWrongTxCodesRaceThenAtMostThreeAreComparedAndTheRightOneFails() throws Exception {
		String page = learner.get("/issuers/migration?tx_code=on").body();
		String code = (String) ((Map<?, ?>) ((Map<?, ?>)
								offer(page, "offer-link-work_permit_sd_jwt").get("grants"))
						.get(GRANT))
				.get("pre-authorized_code");
		String right = txCode(page, "work_permit_sd_jwt");
		String wrong = right.equals("000000") ? "111111" : "000000";
		int guesses = 20;
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(guesses);
		java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(guesses);
		java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
		List<java.util.concurrent.Future<HttpResponse<String>>> sent = new ArrayList<>();
		try {
			for (int i = 0; i < guesses; i++) {
				// each guess on its own connection, opened beforehand, so they reach the issuer together
				WebClient client = new WebClient(app);
				client.get(IssuerRoutes.of(IssuerRoutes.AS_METADATA, "migration"));
				sent.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return token(client, "migration", code, wrong);
				}));
			}
			ready.await();
			go.countDown();
			int compared = 0;
			for (java.util.concurrent.Future<HttpResponse<String>> each : sent) {
				HttpResponse<String> response = each.get();
				assertError(response, 400, "invalid_grant");
				if (String.valueOf(json(response.body()).get("error_description"))
						.contains("tx_code is wrong")) {
					compared++;
				}
			}
			assertThat(compared).isBetween(1, IssuerGrants.TX_CODE_ATTEMPTS);
		} finally {
			pool.shutdownNow();
		}
		assertError(token("migration", code, right), 400, "invalid_grant");
	}

	@Test
	void acceptWhenOfferHasTxCodeThenWalletSendsWhatTheLearnerTyped() {
		String page = learner.get("/issuers/migration?tx_code=on").body();
		String offerPage = learner.get(WalletDriver.href(page, "offer-link-work_permit_sd_jwt"))
				.body();
		assertThat(offerPage).contains("id=\"tx_code\"").contains("inputmode=\"numeric\"");
		String offer = WalletDriver.hidden(offerPage).get("credential_offer");
		assertThat(learner.post("/wallet/offers", "credential_offer", offer, "tx_code", "12ab")
						.statusCode())
				.isEqualTo(400);
		HttpResponse<String> accepted = learner.post(
				"/wallet/offers", "credential_offer", offer, "tx_code", txCode(page, "work_permit_sd_jwt"));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
	}

	@Test
	void issueWhenBatchOfThreeThenNothingInCommonButClaimsAndRoundedIat() throws Exception {
		List<SdJwt> batch = issue("pid", "offer-link", "pid_sd_jwt", null, 3);
		assertThat(batch).hasSize(3);
		Set<String> signatures = new HashSet<>();
		Set<String> keys = new HashSet<>();
		Set<Object> indices = new HashSet<>();
		Set<String> salts = new HashSet<>();
		Set<Object> digests = new HashSet<>();
		Set<Object> iats = new HashSet<>();
		int disclosureCount = 0;
		for (SdJwt credential : batch) {
			String jws = credential.issuerSignedJwt().compact();
			signatures.add(jws.substring(jws.lastIndexOf('.') + 1));
			keys.add(credential
					.confirmationKey()
					.orElseThrow()
					.computeThumbprint()
					.toString());
			indices.add(((Map<?, ?>) ((Map<?, ?>) credential.payload().get("status")).get("status_list")).get("idx"));
			credential.disclosures().forEach(d -> salts.add(d.salt()));
			disclosureCount += credential.disclosures().size();
			digests.addAll((List<?>) credential.payload().get("_sd"));
			iats.add(credential.payload().get("iat"));
		}
		assertThat(signatures).hasSize(3);
		assertThat(keys).hasSize(3);
		assertThat(indices).hasSize(3);
		assertThat(salts).hasSize(disclosureCount);
		assertThat(digests)
				.hasSize(batch.stream()
						.mapToInt(c -> ((List<?>) c.payload().get("_sd")).size())
						.sum());
		assertThat(iats).hasSize(1);
		assertThat(((Number) iats.iterator().next()).longValue() % 86_400).isZero();
		assertThat(disclosed(batch.get(0))).isEqualTo(disclosed(batch.get(2)));
	}

	@Test
	void credentialWhenBatchTooLargeOrKeysRepeatedThenInvalidProof() throws Exception {
		ECKey key = new ECKeyGenerator(Curve.P_256).generate();
		String issuer = app.url("/issuers/pid").replace("127.0.0.1", "localhost");
		String token = accessToken("pid", offer(learner.get("/issuers/pid").body(), "offer-link"));
		String nonce = nonce("pid");
		List<String> six = new ArrayList<>();
		for (int i = 0; i < PersonalId.BATCH_SIZE + 1; i++) {
			six.add(IssuerProtocolTests.proof(new ECKeyGenerator(Curve.P_256).generate(), issuer, nonce));
		}
		assertError(credential("pid", token, "pid_sd_jwt", six), 400, "invalid_proof");
		String same = IssuerProtocolTests.proof(key, issuer, nonce);
		assertError(
				credential("pid", token, "pid_sd_jwt", List.of(same, IssuerProtocolTests.proof(key, issuer, nonce))),
				400,
				"invalid_proof");
		String migration =
				accessToken("migration", offer(learner.get("/issuers/migration").body(), "offer-link"));
		String migrationIssuer = issuer.replace("/pid", "/migration");
		String migrationNonce = nonce("migration");
		assertError(
				credential(
						"migration",
						migration,
						"residence_permit_sd_jwt",
						List.of(
								IssuerProtocolTests.proof(key, migrationIssuer, migrationNonce),
								IssuerProtocolTests.proof(
										new ECKeyGenerator(Curve.P_256).generate(), migrationIssuer, migrationNonce))),
				400,
				"invalid_proof");
		assertError(
				credential(
						"migration",
						migration,
						"pid_sd_jwt",
						List.of(IssuerProtocolTests.proof(key, migrationIssuer, migrationNonce))),
				400,
				"unknown_credential_configuration");
	}

	/** Runs the pre-authorised code flow from the offer link {@code linkId} on the issuer's page, with {@code count} proofs. */
	private static List<SdJwt> issue(String issuerId, String linkId, String configurationId, String txCode, int count)
			throws Exception {
		Map<String, Object> offer = offer(learner.get("/issuers/" + issuerId).body(), linkId);
		String issuer = (String) offer.get("credential_issuer");
		String token = accessToken(issuerId, offer);
		String nonce = nonce(issuerId);
		List<String> proofs = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			proofs.add(IssuerProtocolTests.proof(new ECKeyGenerator(Curve.P_256).generate(), issuer, nonce));
		}
		HttpResponse<String> response = credential(issuerId, token, configurationId, proofs);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<SdJwt> issued = new ArrayList<>();
		for (Object each : (List<?>) json(response.body()).get("credentials")) {
			issued.add(SdJwt.parse((String) ((Map<?, ?>) each).get("credential")));
		}
		return issued;
	}

	private static Map<String, Object> disclosed(SdJwt credential) {
		Map<String, Object> claims = new java.util.TreeMap<>();
		for (Disclosure disclosure : credential.disclosures()) {
			// an object disclosed part by part (the address) holds digests that differ between copies
			if (disclosure.contents().size() == 3 && !(disclosure.value() instanceof Map)) {
				claims.put((String) disclosure.contents().get(1), disclosure.value());
			}
		}
		return claims;
	}

	private static Map<String, Object> offer(String page, String linkId) {
		String link = WalletDriver.href(page, linkId);
		String query = link.substring(link.indexOf("credential_offer=") + 17);
		int end = query.indexOf('&');
		return json(URLDecoder.decode(end < 0 ? query : query.substring(0, end), StandardCharsets.UTF_8));
	}

	private static String txCode(String page, String configurationId) {
		Matcher m = TX_CODE.matcher(page);
		while (m.find()) {
			if (m.group(1).equals(configurationId)) {
				return m.group(2);
			}
		}
		throw new AssertionError("no tx_code for " + configurationId);
	}

	private static String accessToken(String issuerId, Map<String, Object> offer) {
		String code = (String) ((Map<?, ?>) ((Map<?, ?>) offer.get("grants")).get(GRANT)).get("pre-authorized_code");
		HttpResponse<String> response = token(issuerId, code, null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return (String) json(response.body()).get("access_token");
	}

	private static HttpResponse<String> token(String issuerId, String code, String txCode) {
		return token(new WebClient(app), issuerId, code, txCode);
	}

	private static HttpResponse<String> token(WebClient client, String issuerId, String code, String txCode) {
		String form = "grant_type=" + URLEncoder.encode(GRANT, StandardCharsets.UTF_8) + "&pre-authorized_code=" + code
				+ (txCode == null ? "" : "&tx_code=" + txCode);
		return client.send(HttpRequest.newBuilder(URI.create(app.url("/issuers/" + issuerId + "/token")))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build());
	}

	private static String nonce(String issuerId) {
		return (String) json(send(HttpRequest.newBuilder(URI.create(app.url("/issuers/" + issuerId + "/nonce")))
								.POST(HttpRequest.BodyPublishers.noBody())
								.build())
						.body())
				.get("c_nonce");
	}

	private static HttpResponse<String> credential(
			String issuerId, String token, String configurationId, List<String> proofs) {
		String body =
				Json.write(Map.of("credential_configuration_id", configurationId, "proofs", Map.of("jwt", proofs)));
		return send(HttpRequest.newBuilder(URI.create(app.url("/issuers/" + issuerId + "/credential")))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + token)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
	}

	private static List<Object> kids(String issuerId) {
		Map<?, ?> jwks = (Map<?, ?>) json(learner.get("/.well-known/jwt-vc-issuer/issuers/" + issuerId)
						.body())
				.get("jwks");
		return ((List<?>) jwks.get("keys"))
				.stream()
						.map(key -> ((Map<?, ?>) key).get("kid"))
						.map(Object.class::cast)
						.toList();
	}

	private static HttpResponse<String> send(HttpRequest request) {
		return new WebClient(app).send(request);
	}

	private static Map<String, Object> json(String text) {
		return Json.parseObject(text, 16, VerificationErrorCode.MALFORMED_SD_JWT);
	}

	private static void assertError(HttpResponse<String> response, int status, String error) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(json(response.body()).get("error")).as(response.body()).isEqualTo(error);
	}
}
