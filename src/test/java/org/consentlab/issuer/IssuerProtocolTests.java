package org.consentlab.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pre-authorised code flow from outside the app, as any OpenID4VCI wallet would run it, and its
 * refusals: each bad request gets the specification's error code, never a 500.
 */
class IssuerProtocolTests {

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
	void issueWhenPreAuthorisedFlowFollowedThenCredentialIsBoundToProofKey() throws Exception {
		Map<String, Object> offer = offer();
		String issuer = (String) offer.get("credential_issuer");
		Map<String, Object> metadata = json(get(wellKnown(issuer, "openid-credential-issuer")));
		assertThat(metadata.get("credential_issuer")).isEqualTo(issuer);
		assertThat(json(get(wellKnown(issuer, "jwt-vc-issuer")))).containsKey("jwks");
		String token = token(code(offer));
		ECKey key = new ECKeyGenerator(Curve.P_256).generate();
		HttpResponse<String> response = credential(token, proof(key, issuer, nonce()));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		String compact =
				(String) ((Map<?, ?>) ((List<?>) json(response.body()).get("credentials")).get(0)).get("credential");
		SdJwt credential = SdJwt.parse(compact);
		assertThat(credential.confirmationKey().orElseThrow().computeThumbprint())
				.isEqualTo(key.computeThumbprint());
		assertThat(credential.payload().get("iss")).isEqualTo(issuer);
	}

	@Test
	void tokenWhenCodeUnknownOrUsedThenInvalidGrant() {
		assertThat(
						post(
								"/issuers/pid/token",
								"grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Apre-authorized_code&pre-authorized_code=nope"))
				.satisfies(r -> assertError(r, 400, "invalid_grant"));
		String code = code(offer());
		token(code);
		assertError(
				post(
						"/issuers/pid/token",
						"grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Apre-authorized_code&pre-authorized_code="
								+ code),
				400,
				"invalid_grant");
	}

	@Test
	void tokenWhenGrantTypeWrongOrMissingThenSpecErrors() {
		assertError(
				post("/issuers/pid/token", "grant_type=password&pre-authorized_code=x"), 400, "unsupported_grant_type");
		assertError(post("/issuers/pid/token", ""), 400, "invalid_request");
	}

	@Test
	void credentialWhenNoOrBadTokenThenInvalidToken() throws Exception {
		HttpResponse<String> none = send(HttpRequest.newBuilder(URI.create(app.url("/issuers/pid/credential")))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{}"))
				.build());
		assertError(none, 401, "invalid_token");
		assertError(credential("forged", "x"), 401, "invalid_token");
	}

	@Test
	void credentialWhenProofBadThenInvalidProof() throws Exception {
		String issuer = (String) offer().get("credential_issuer");
		String token = token(code(offer()));
		ECKey key = new ECKeyGenerator(Curve.P_256).generate();
		assertError(credential(token, "not.a.jwt"), 400, "invalid_proof");
		assertError(credential(token, proof(key, "https://elsewhere.example", nonce())), 400, "invalid_proof");
		SignedJWT tampered = SignedJWT.parse(proof(key, issuer, nonce()));
		String[] parts = tampered.serialize().split("\\.");
		String otherPayload =
				SignedJWT.parse(proof(key, issuer, "other")).serialize().split("\\.")[1];
		assertError(credential(token, parts[0] + "." + otherPayload + "." + parts[2]), 400, "invalid_proof");
	}

	@Test
	void credentialWhenNonceUnknownOrReplayedThenInvalidNonce() throws Exception {
		String issuer = (String) offer().get("credential_issuer");
		String token = token(code(offer()));
		ECKey key = new ECKeyGenerator(Curve.P_256).generate();
		assertError(credential(token, proof(key, issuer, "made-up")), 400, "invalid_nonce");
		String nonce = nonce();
		assertThat(credential(token, proof(key, issuer, nonce)).statusCode()).isEqualTo(200);
		assertError(credential(token(code(offer())), proof(key, issuer, nonce)), 400, "invalid_nonce");
	}

	@Test
	void credentialWhenAccessTokenUsedForABatchAlreadyThenInvalidToken() throws Exception {
		String issuer = (String) offer().get("credential_issuer");
		String token = token(code(offer()));
		ECKey key = new ECKeyGenerator(Curve.P_256).generate();
		assertThat(credential(token, proof(key, issuer, nonce())).statusCode()).isEqualTo(200);
		assertError(credential(token, proof(key, issuer, nonce())), 401, "invalid_token");
	}

	@Test
	void statusListWhenNumberNotOpenedOrNotANumberThenNotFoundNever500() {
		HttpResponse<String> unopened = send(HttpRequest.newBuilder(URI.create(app.url("/issuers/pid/status/200")))
				.GET()
				.build());
		assertError(unopened, 404, "invalid_request");
		HttpResponse<String> word = send(HttpRequest.newBuilder(URI.create(app.url("/issuers/pid/status/x")))
				.GET()
				.build());
		assertError(word, 404, "invalid_request");
	}

	@Test
	void createWhenLearnerKeepsAskingForOffersThenOnlyTheNewestStayLive() {
		IssuerGrants grants = app.bean(IssuerGrants.class);
		org.springframework.jdbc.core.simple.JdbcClient jdbc =
				app.bean(org.springframework.jdbc.core.simple.JdbcClient.class);
		long learner = org.consentlab.support.TestAccounts.learner(jdbc, "offers", 1);
		String first = grants.create(IssuerGrants.Kind.PRE_AUTHORIZED_CODE, "university", learner);
		String newest = null;
		for (int i = 0; i < IssuerGrants.PER_LEARNER * 3; i++) {
			newest = grants.create(IssuerGrants.Kind.PRE_AUTHORIZED_CODE, "university", learner);
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM ISSUER_GRANT WHERE ACCOUNT_ID = ? AND KIND = ? AND ISSUER_ID = ?")
						.params(learner, IssuerGrants.Kind.PRE_AUTHORIZED_CODE.name(), "university")
						.query(Integer.class)
						.single())
				.isEqualTo(IssuerGrants.PER_LEARNER);
		assertThat(grants.holder(IssuerGrants.Kind.PRE_AUTHORIZED_CODE, "university", newest))
				.contains(learner);
		assertThat(grants.holder(IssuerGrants.Kind.PRE_AUTHORIZED_CODE, "university", first))
				.isEmpty();
	}

	@Test
	void purgeWhenGrantsExpiredThenGoneInOneSweepAndLiveOnesStay() {
		IssuerGrants grants = app.bean(IssuerGrants.class);
		org.springframework.jdbc.core.simple.JdbcClient jdbc =
				app.bean(org.springframework.jdbc.core.simple.JdbcClient.class);
		String live = grants.create(IssuerGrants.Kind.C_NONCE, "pid", null);
		jdbc.sql("INSERT INTO ISSUER_GRANT (SECRET, KIND, ISSUER_ID, EXPIRES_AT) "
						+ "SELECT CONCAT('stale-', X), 'C_NONCE', 'pid', ? FROM SYSTEM_RANGE(1, 500)")
				.param(java.sql.Timestamp.from(Instant.now().minusSeconds(1)))
				.update();
		grants.purgeExpired(Instant.now());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM ISSUER_GRANT WHERE SECRET LIKE 'stale-%'")
						.query(Integer.class)
						.single())
				.isZero();
		assertThat(grants.consume(IssuerGrants.Kind.C_NONCE, "pid", live)).isTrue();
	}

	@Test
	void nonceWhenTooManyLiveThenTemporarilyUnavailableUntilPurged() throws Exception {
		IssuerGrants grants = app.bean(IssuerGrants.class);
		org.springframework.jdbc.core.simple.JdbcClient jdbc =
				app.bean(org.springframework.jdbc.core.simple.JdbcClient.class);
		java.sql.Timestamp later = java.sql.Timestamp.from(Instant.now().plusSeconds(600));
		grants.purgeExpired(Instant.now());
		int live = jdbc.sql("SELECT COUNT(*) FROM ISSUER_GRANT WHERE KIND = 'C_NONCE'")
				.query(Integer.class)
				.single();
		jdbc.sql("INSERT INTO ISSUER_GRANT (SECRET, KIND, ISSUER_ID, EXPIRES_AT) "
						+ "SELECT CONCAT('flood-', X), 'C_NONCE', 'pid', ? FROM SYSTEM_RANGE(1, ?)")
				.params(later, IssuerGrants.MAX_LIVE_NONCES - live)
				.update();
		grants.purgeExpired(Instant.now());
		HttpResponse<String> refused = post("/issuers/pid/nonce", "");
		assertError(refused, 503, "temporarily_unavailable");
		jdbc.sql("DELETE FROM ISSUER_GRANT WHERE SECRET LIKE 'flood-%'").update();
		grants.purgeExpired(Instant.now());
		assertThat(post("/issuers/pid/nonce", "").statusCode()).isEqualTo(200);
	}

	@Test
	void credentialWhenBodyMalformedThenSpecErrorsNever500() {
		String token = token(code(offer()));
		assertError(credential(token, null), 400, "invalid_credential_request");
		HttpResponse<String> wrongConfig = sendJson(
				"/issuers/pid/credential",
				token,
				"{\"credential_configuration_id\":\"diploma\",\"proofs\":{\"jwt\":[\"x\"]}}");
		assertError(wrongConfig, 400, "unknown_credential_configuration");
		assertError(
				sendJson("/issuers/pid/credential", token, "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]"),
				400,
				"invalid_credential_request");
	}

	private static Map<String, Object> offer() {
		String link = WalletDriver.href(learner.get("/issuers/pid").body(), "offer-link");
		String json = URLDecoder.decode(link.substring(link.indexOf("credential_offer=") + 17), StandardCharsets.UTF_8);
		return json(json);
	}

	private static String code(Map<String, Object> offer) {
		Map<?, ?> grants = (Map<?, ?>) offer.get("grants");
		return (String) ((Map<?, ?>) grants.get("urn:ietf:params:oauth:grant-type:pre-authorized_code"))
				.get("pre-authorized_code");
	}

	private static String token(String code) {
		HttpResponse<String> response = post(
				"/issuers/pid/token",
				"grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Apre-authorized_code&pre-authorized_code="
						+ code);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return (String) json(response.body()).get("access_token");
	}

	private static String nonce() {
		return (String) json(post("/issuers/pid/nonce", "").body()).get("c_nonce");
	}

	static String proof(ECKey key, String audience, String nonce) throws Exception {
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.ES256)
						.type(new JOSEObjectType("openid4vci-proof+jwt"))
						.jwk(key.toPublicJWK())
						.build(),
				new JWTClaimsSet.Builder()
						.audience(audience)
						.issueTime(Date.from(Instant.now()))
						.claim("nonce", nonce)
						.build());
		jwt.sign(new ECDSASigner(key));
		return jwt.serialize();
	}

	private static HttpResponse<String> credential(String token, String proof) {
		String body = proof == null
				? "not json"
				: Json.write(
						Map.of("credential_configuration_id", "pid_sd_jwt", "proofs", Map.of("jwt", List.of(proof))));
		return sendJson("/issuers/pid/credential", token, body);
	}

	private static HttpResponse<String> sendJson(String path, String token, String body) {
		return send(HttpRequest.newBuilder(URI.create(app.url(path)))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + token)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
	}

	private static HttpResponse<String> post(String path, String form) {
		return send(HttpRequest.newBuilder(URI.create(app.url(path)))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build());
	}

	private static String get(String url) {
		return send(HttpRequest.newBuilder(URI.create(url.replaceFirst("^https?://[^/]+", app.url(""))))
						.GET()
						.build())
				.body();
	}

	private static HttpResponse<String> send(HttpRequest request) {
		return new WebClient(app).send(request);
	}

	private static String wellKnown(String identifier, String segment) {
		URI uri = URI.create(identifier);
		return uri.getScheme() + "://" + uri.getRawAuthority() + "/.well-known/" + segment + uri.getRawPath();
	}

	private static Map<String, Object> json(String text) {
		return Json.parseObject(text, 16, org.consentlab.credential.spec.VerificationErrorCode.MALFORMED_SD_JWT);
	}

	private static void assertError(HttpResponse<String> response, int status, String error) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(json(response.body()).get("error")).as(response.body()).isEqualTo(error);
	}
}
