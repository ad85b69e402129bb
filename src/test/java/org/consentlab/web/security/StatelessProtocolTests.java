package org.consentlab.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.sdjwt.ClaimPath;
import org.consentlab.credential.sdjwt.KeyBindingJwt;
import org.consentlab.credential.sdjwt.Presentation;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.support.PreAuthorizedIssuance;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The wallet protocols' endpoints are stateless ({@link ProtocolSecurityConfig}): a wallet posting
 * its answer, accepted or refused, or fetching metadata, gets no session cookie and leaves no
 * session row behind. A session per {@code direct_post} would be a database write on every answer
 * and unbounded rows from anyone who can reach the endpoint.
 */
class StatelessProtocolTests {

	private static RunningApp app;

	private static WebClient learner;

	private static ECKey holderKey;

	private static SdJwt credential;

	private static String issuerPath;

	private final HttpClient wallet =
			HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@BeforeAll
	static void start() throws Exception {
		app = RunningApp.solo();
		learner = new WebClient(app);
		learner.get("/verifiers/bar");
		holderKey = new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
		credential = PreAuthorizedIssuance.personalId(app, learner, holderKey);
		issuerPath = URI.create((String) credential.payload().get("iss")).getPath();
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void directPostWhenAcceptedThenNoSessionCookieAndNoSessionRow() throws Exception {
		String[] answer = presentationForNewRequest();
		long sessions = sessionRows();
		HttpResponse<String> response =
				wallet.send(directPost(answer[0], answer[1]), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertStateless(response, sessions);
	}

	@Test
	void directPostWhenStateUnknownThenNoSessionCookieAndNoSessionRow() throws Exception {
		long sessions = sessionRows();
		HttpResponse<String> response =
				wallet.send(directPost("no-such-state", "x"), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertStateless(response, sessions);
	}

	@Test
	void issuerMetadataWhenFetchedThenNoSessionCookieAndNoSessionRow() throws Exception {
		long sessions = sessionRows();
		HttpResponse<String> response = wallet.send(
				HttpRequest.newBuilder(URI.create(app.url("/.well-known/jwt-vc-issuer" + issuerPath)))
						.GET()
						.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertStateless(response, sessions);
	}

	private static void assertStateless(HttpResponse<String> response, long sessionsBefore) {
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(sessionRows()).isEqualTo(sessionsBefore);
	}

	private static long sessionRows() {
		return app.bean(JdbcClient.class)
				.sql("SELECT COUNT(*) FROM SPRING_SESSION")
				.query(Long.class)
				.single();
	}

	private HttpRequest directPost(String state, String presentation) {
		String form =
				WebClient.encode(Map.of("state", state, "vp_token", Json.write(Map.of("pid", List.of(presentation)))));
		return HttpRequest.newBuilder(URI.create(app.url("/verifiers/bar/response")))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build();
	}

	/** A new request at the bar, started by the learner, and the wallet's presentation for it: state and vp. */
	private static String[] presentationForNewRequest() {
		HttpResponse<String> started = learner.post("/verifiers/bar/transactions", "mode", "unsigned");
		String page = learner.get(
						started.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", ""))
				.body();
		String link = WalletDriver.href(page, "request-link");
		Map<String, String> request = new LinkedHashMap<>();
		for (String pair : link.substring(link.indexOf('?') + 1).split("&")) {
			String[] kv = pair.split("=", 2);
			request.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
		}
		SdJwt selected = Presentation.select(credential, List.of(ClaimPath.of("age_over_18")), 32);
		KeyBindingJwt kb = KeyBindingJwt.create(
				selected,
				holderKey,
				request.get("nonce"),
				request.get("client_id"),
				Instant.now(),
				CryptoProvider.DEFAULT);
		return new String[] {request.get("state"), selected.withKeyBinding(kb).serialize()};
	}
}
