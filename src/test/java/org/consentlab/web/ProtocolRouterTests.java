package org.consentlab.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.credential.oauth.OAuthError;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The app's own protocol calls are routed as Spring MVC routes the same request: path variables,
 * query and form parameters decoded as a servlet decodes them, the content type a POST must have,
 * and refusals in the OAuth error JSON the HTTP endpoints write (RFC 6749 §5.2).
 */
class ProtocolRouterTests {

	private final ProtocolRouter router = new ProtocolRouter(100);

	ProtocolRouterTests() {
		router.get("/issuers/{id}/status/{list}", call -> ResponseEntity.ok(call.path("id") + "/" + call.path("list")));
		router.post(
				"/issuers/{id}/token",
				MediaType.APPLICATION_FORM_URLENCODED,
				call -> ResponseEntity.ok(call.parameter("code") + "|" + call.parameter("tx_code") + "|"
						+ call.parameter("empty") + "|" + call.parameter("absent")));
		router.post("/issuers/{id}/credential", MediaType.APPLICATION_JSON, call -> {
			if (call.authorization() == null) {
				throw new ProtocolException(OAuthError.INVALID_TOKEN, "send the access token as Bearer");
			}
			return ResponseEntity.ok(call.authorization() + " " + call.body());
		});
		router.post("/issuers/{id}/nonce", null, call -> {
			throw new MalformedMessageException(OAuthError.INVALID_REQUEST, "c_nonce", "is missing");
		});
		router.get("/faulty", call -> {
			throw new IllegalStateException("a bug");
		});
	}

	@Test
	void getWhenPathMatchesThenHandlerGetsDecodedPathVariables() {
		ResponseEntity<String> response =
				router.dispatch(HttpMethod.GET, "/issuers/p%20id/status/2", null, null, null, null);

		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getBody()).isEqualTo("p id/2");
	}

	@Test
	void postFormWhenQueryAndBodyNameParametersThenDecodedAndTheQueryComesFirst() {
		ResponseEntity<String> response = router.dispatch(
				HttpMethod.POST,
				"/issuers/pid/token",
				"code=from-query",
				"application/x-www-form-urlencoded; charset=UTF-8",
				"code=from-body&tx_code=12+34%2F5&empty=&empty=again",
				null);

		assertThat(response.getBody()).isEqualTo("from-query|12 34/5||null");
	}

	@Test
	void postWhenBearerGivenThenHandlerSeesTheAuthorizationHeaderAndBody() {
		ResponseEntity<String> response =
				router.dispatch(HttpMethod.POST, "/issuers/pid/credential", null, "application/json", "{}", "t0k3n");

		assertThat(response.getBody()).isEqualTo("Bearer t0k3n {}");
	}

	@Test
	void dispatchWhenHandlerRefusesThenOAuthErrorJsonAsOverHttp() {
		ResponseEntity<String> refused =
				router.dispatch(HttpMethod.POST, "/issuers/pid/credential", null, "application/json", "{}", null);

		assertThat(refused.getStatusCode().value()).isEqualTo(401);
		assertThat(refused.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).contains("invalid_token");
		assertThat(refused.getBody())
				.isEqualTo(ProtocolErrors.response(
								new ProtocolException(OAuthError.INVALID_TOKEN, "send the access token as Bearer"))
						.getBody())
				.contains("\"invalid_token\"", "send the access token as Bearer");

		ResponseEntity<String> malformed = router.dispatch(HttpMethod.POST, "/issuers/pid/nonce", null, null, "", null);
		assertThat(malformed.getStatusCode().value()).isEqualTo(400);
		assertThat(malformed.getBody()).contains("\"invalid_request\"", "c_nonce is missing");
	}

	@Test
	void dispatchWhenRequestDoesNotFitARouteThenTheStatusSpringWouldGive() {
		assertThat(status(HttpMethod.GET, "/issuers/pid", null, null)).isEqualTo(404);
		assertThat(status(HttpMethod.GET, "/issuers/pid/status/1/extra", null, null))
				.isEqualTo(404);
		assertThat(status(HttpMethod.GET, "/issuers/pid/token", null, null)).isEqualTo(405);
		assertThat(status(HttpMethod.POST, "/issuers/pid/token", "application/json", "{}"))
				.isEqualTo(415);
		assertThat(status(HttpMethod.POST, "/issuers/pid/token", null, "code=1"))
				.isEqualTo(415);
		assertThat(status(HttpMethod.POST, "/issuers/pid/token", "not a type", "code=1"))
				.isEqualTo(400);
		assertThat(status(HttpMethod.POST, "/issuers/pid/token", "application/x-www-form-urlencoded", "code=%G1"))
				.isEqualTo(400);
		assertThat(status(HttpMethod.POST, "/issuers/pid/token", "application/x-www-form-urlencoded", "x".repeat(101)))
				.isEqualTo(413);
		assertThat(router.dispatch(HttpMethod.GET, "/nowhere", null, null, null, null)
						.getBody())
				.contains("\"invalid_request\"");
	}

	@Test
	void dispatchWhenHandlerHasABugThenServerErrorNotARefusalOfTheRequest() {
		ResponseEntity<String> fault = router.dispatch(HttpMethod.GET, "/faulty", null, null, null, null);

		assertThat(fault.getStatusCode().value()).isEqualTo(500);
		assertThat(fault.getBody()).contains("\"server_error\"").doesNotContain("a bug");
	}

	@Test
	void describeListsEveryRouteWithItsMethodAndContentType() {
		assertThat(router.describe())
				.contains(
						"GET /issuers/{id}/status/{list}",
						"POST /issuers/{id}/token application/x-www-form-urlencoded",
						"POST /issuers/{id}/nonce");
	}

	private int status(HttpMethod method, String path, String contentType, String body) {
		return router.dispatch(method, path, null, contentType, body, null)
				.getStatusCode()
				.value();
	}
}
