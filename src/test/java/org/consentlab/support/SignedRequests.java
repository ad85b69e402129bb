package org.consentlab.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oauth.JsonMembers;
import org.consentlab.credential.oauth.OAuthError;
import org.consentlab.credential.oid4vp.ClientMetadata;
import org.consentlab.credential.oid4vp.EncryptedResponse;
import org.consentlab.credential.spec.VerificationErrorCode;

/**
 * Starts a verifier's request over HTTP as a learner does and plays the wallet's part by hand:
 * reads the link (only {@code client_id} and {@code request_uri}), fetches the signed request object,
 * and writes an encrypted {@code direct_post.jwt} answer to its key. Every value comes from the app.
 */
public final class SignedRequests {

	/** A started request: the link's parameters, the request object as served, and its claims. */
	public record Started(
			String transactionPath, Map<String, String> link, String requestObject, Map<String, Object> claims) {

		public String clientId() {
			return link.get("client_id");
		}

		public String requestUri() {
			return link.get("request_uri");
		}

		public String nonce() {
			return (String) claims.get("nonce");
		}

		public String state() {
			return (String) claims.get("state");
		}

		/** The verifier's encryption key and accepted encryptions, as the wallet reads them. */
		@SuppressWarnings("unchecked")
		public ClientMetadata metadata() {
			return ClientMetadata.read(JsonMembers.of(
					(Map<String, Object>) claims.get("client_metadata"),
					OAuthError.INVALID_REQUEST,
					"client_metadata"));
		}

		/** The form body of an answer encrypted to this request's key: {@code response=<JWE>}. */
		public String encryptedAnswer(Object vpToken) {
			return encryptedAnswer(vpToken, metadata());
		}

		public String encryptedAnswer(Object vpToken, ClientMetadata to) {
			Map<String, Object> payload = new LinkedHashMap<>();
			payload.put("state", state());
			payload.put("vp_token", vpToken);
			return "response=" + EncryptedResponse.encrypt(payload, to);
		}
	}

	private SignedRequests() {}

	/** Starts a request at {@code verifierId} (signed, the default) and fetches its request object. */
	public static Started start(WebClient learner, String verifierId) {
		learner.get("/verifiers/" + verifierId);
		HttpResponse<String> started = learner.post("/verifiers/" + verifierId + "/transactions");
		assertThat(started.statusCode()).isEqualTo(302);
		String path = started.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
		String page = learner.get(path).body();
		Map<String, String> link = query(WalletDriver.href(page, "request-link"));
		assertThat(link).containsOnlyKeys("client_id", "request_uri");
		HttpResponse<String> object = learner.get(link.get("request_uri").replaceAll("^https?://[^/]+", ""));
		assertThat(object.statusCode()).as(object.body()).isEqualTo(200);
		assertThat(object.headers().firstValue("Content-Type").orElseThrow())
				.startsWith("application/oauth-authz-req+jwt");
		return new Started(path, link, object.body(), payload(object.body()));
	}

	/** The claims of a compact JWS, unverified. */
	public static Map<String, Object> payload(String jws) {
		return Json.parseObject(part(jws, 1), 12, VerificationErrorCode.MALFORMED_SD_JWT);
	}

	/** The header of a compact JWS, unverified. */
	public static Map<String, Object> header(String jws) {
		return Json.parseObject(part(jws, 0), 4, VerificationErrorCode.MALFORMED_SD_JWT);
	}

	private static String part(String jws, int index) {
		return new String(Base64.getUrlDecoder().decode(jws.split("\\.")[index]), StandardCharsets.UTF_8);
	}

	/** The decoded query parameters of a link. */
	public static Map<String, String> query(String link) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : link.substring(link.indexOf('?') + 1).split("&")) {
			String[] kv = pair.split("=", 2);
			parameters.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
		}
		return parameters;
	}
}
