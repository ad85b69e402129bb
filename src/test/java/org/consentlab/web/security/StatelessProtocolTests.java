package org.consentlab.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.support.BarAnswer;
import org.consentlab.support.PreAuthorizedIssuance;
import org.consentlab.support.RunningApp;
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
		BarAnswer answer = BarAnswer.forNewRequest(learner, credential, holderKey);
		long sessions = sessionRows();
		HttpResponse<String> response = wallet.send(answer.directPost(app), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertStateless(response, sessions);
	}

	@Test
	void directPostWhenStateUnknownThenNoSessionCookieAndNoSessionRow() throws Exception {
		long sessions = sessionRows();
		HttpResponse<String> response =
				wallet.send(BarAnswer.unknown().directPost(app), HttpResponse.BodyHandlers.ofString());
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
}
