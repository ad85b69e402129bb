package org.consentlab.support;

import com.nimbusds.jose.jwk.ECKey;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.sdjwt.ClaimPath;
import org.consentlab.credential.sdjwt.KeyBindingJwt;
import org.consentlab.credential.sdjwt.Presentation;
import org.consentlab.credential.sdjwt.SdJwt;

/**
 * A request a learner started at the bar (the unsigned kind) and a wallet of the learner's own
 * answer to it: {@code age_over_18} disclosed, key-bound to the request's nonce and client id, sent
 * as a plain {@code direct_post} (OpenID4VP 1.0 §8.2). For tests and benchmarks that post answers
 * themselves.
 */
public record BarAnswer(String state, String clientId, String nonce, String presentation, Instant made) {

	/** Starts a request at the bar as {@code learner} and builds the answer with {@code holderKey}. */
	public static BarAnswer forNewRequest(WebClient learner, SdJwt credential, ECKey holderKey) {
		HttpResponse<String> started = learner.post("/verifiers/bar/transactions", "mode", "unsigned");
		String page = learner.get(
						started.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", ""))
				.body();
		Map<String, String> request = SignedRequests.query(WalletDriver.href(page, "request-link"));
		SdJwt selected = Presentation.select(credential, List.of(ClaimPath.of("age_over_18")), 32);
		Instant made = Instant.now();
		KeyBindingJwt kb = KeyBindingJwt.create(
				selected, holderKey, request.get("nonce"), request.get("client_id"), made, CryptoProvider.DEFAULT);
		return new BarAnswer(
				request.get("state"),
				request.get("client_id"),
				request.get("nonce"),
				selected.withKeyBinding(kb).serialize(),
				made);
	}

	/** An answer naming {@code state} that no request has: the verifier refuses it after one read. */
	public static BarAnswer unknown() {
		return new BarAnswer("no-such-state", null, null, "x", null);
	}

	/** The {@code direct_post} body: {@code state} and the {@code vp_token} keyed by the DCQL query's id. */
	public String form() {
		return WebClient.encode(Map.of("state", state, "vp_token", Json.write(Map.of("pid", List.of(presentation)))));
	}

	/** The {@code direct_post} to {@code path} of {@code app} (the bar's response URI, or another). */
	public HttpRequest directPost(RunningApp app, String path) {
		return HttpRequest.newBuilder(URI.create(app.url(path)))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form()))
				.build();
	}

	/** The {@code direct_post} to the bar's response URI. */
	public HttpRequest directPost(RunningApp app) {
		return directPost(app, "/verifiers/bar/response");
	}
}
