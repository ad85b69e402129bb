package org.consentlab.credential.oid4vp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.consentlab.credential.TestVectors;
import org.consentlab.credential.dcql.ClaimsQuery;
import org.consentlab.credential.dcql.DcqlQuery;
import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.credential.oauth.OAuthError;
import org.junit.jupiter.api.Test;

/** OpenID4VP 1.0 requests and direct-post responses: round trips, and each refusal names its parameter. */
class Oid4vpMessagesTests {

	private static final DcqlQuery QUERY = DcqlQuery.parse(TestVectors.text("oid4vc/dcql_simple.json"));

	private static final AuthorizationRequest REQUEST = new AuthorizationRequest(
			"https://verifier.example/response",
			"n-0S6_WzA2Mj",
			"af0ifjsldkj",
			QUERY,
			List.of(new VerifierRegistration("Bar", "Age check", List.of(ClaimsQuery.of(null, "last_name")))
					.toVerifierInfo()));

	@Test
	void parseWhenRequestWrittenThenReadsBackWithItsRegistration() {
		AuthorizationRequest parsed = AuthorizationRequest.parse(REQUEST.toParameters());
		assertThat(parsed).isEqualTo(REQUEST);
		assertThat(parsed.clientId()).isEqualTo("redirect_uri:https://verifier.example/response");
		assertThat(VerifierRegistration.from(parsed.verifierInfo())
						.orElseThrow()
						.registeredClaims())
				.containsExactly(ClaimsQuery.of(null, "last_name"));
		assertThat(REQUEST.toRequestUri("openid4vp://")).startsWith("openid4vp://?response_type=vp_token&");
	}

	@Test
	void parseWhenAParameterIsWrongThenInvalidRequestNamingIt() {
		assertRefused(with(Oid4vp.RESPONSE_TYPE, "code"), Oid4vp.RESPONSE_TYPE);
		assertRefused(with(Oid4vp.RESPONSE_MODE, "fragment"), Oid4vp.RESPONSE_MODE);
		assertRefused(with(Oid4vp.CLIENT_ID, "redirect_uri:https://evil.example/response"), Oid4vp.CLIENT_ID);
		assertRefused(with(Oid4vp.RESPONSE_URI, "javascript:alert(1)"), Oid4vp.RESPONSE_URI);
		assertRefused(with(Oid4vp.NONCE, ""), Oid4vp.NONCE);
		assertRefused(with(Oid4vp.STATE, "s".repeat(AuthorizationRequest.MAX_PARAMETER + 1)), Oid4vp.STATE);
		assertRefused(with(Oid4vp.DCQL_QUERY, "{\"credentials\": 1}"), "credentials");
		assertRefused(with(Oid4vp.VERIFIER_INFO, "{}"), Oid4vp.VERIFIER_INFO);
	}

	@Test
	void parseWhenDirectPostThenVpTokenOrRegisteredError() {
		AuthorizationResponse presented = AuthorizationResponse.presenting("st", VpToken.of("pid", "eyJ...~"));
		assertThat(AuthorizationResponse.parse(presented.toParameters())).isEqualTo(presented);
		AuthorizationResponse refused = AuthorizationResponse.refusing("st", OAuthError.ACCESS_DENIED);
		assertThat(AuthorizationResponse.parse(refused.toParameters())).isEqualTo(refused);
		assertThatThrownBy(() -> AuthorizationResponse.parse(Map.of(Oid4vp.STATE, "st", OAuthError.ERROR, "nope")))
				.isInstanceOf(MalformedMessageException.class);
		assertThatThrownBy(() -> VpToken.parse("{\"pid\": [1]}")).isInstanceOf(MalformedMessageException.class);
		assertThatThrownBy(() -> VpToken.parse("{\"pid\": [[\"x\"]]}")).isInstanceOf(MalformedMessageException.class);
		assertThat(DirectPostResponse.parse(new DirectPostResponse("https://v.example/done").toJson())
						.redirectUri())
				.isEqualTo("https://v.example/done");
	}

	@Property(tries = 200)
	void vpTokenWhenWrittenThenReadsBackEqual(@ForAll("tokens") Map<String, List<String>> presentations) {
		VpToken token = new VpToken(presentations);
		assertThat(VpToken.parse(token.toJson())).isEqualTo(token);
	}

	@Property(tries = 300)
	void parseWhenArbitraryParameterThenOnlyTheTypedError(@ForAll("parameters") String name, @ForAll String value) {
		try {
			AuthorizationRequest.parse(with(name, value));
		} catch (MalformedMessageException ex) {
			assertThat(ex.error()).isEqualTo(OAuthError.INVALID_REQUEST);
		}
	}

	@Provide
	Arbitrary<String> parameters() {
		return Arbitraries.of(REQUEST.toParameters().keySet());
	}

	@Provide
	Arbitrary<Map<String, List<String>>> tokens() {
		Arbitrary<String> id = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8);
		return Arbitraries.maps(
						id,
						Arbitraries.strings()
								.ofMinLength(1)
								.ofMaxLength(60)
								.list()
								.ofMinSize(1)
								.ofMaxSize(3))
				.ofMinSize(1)
				.ofMaxSize(3);
	}

	private static Map<String, String> with(String name, String value) {
		Map<String, String> parameters = new LinkedHashMap<>(REQUEST.toParameters());
		parameters.put(name, value);
		return parameters;
	}

	private static void assertRefused(Map<String, String> parameters, String member) {
		assertThatThrownBy(() -> AuthorizationRequest.parse(parameters))
				.isInstanceOfSatisfying(MalformedMessageException.class, ex -> {
					assertThat(ex.error()).isEqualTo(OAuthError.INVALID_REQUEST);
					assertThat(ex.member()).isEqualTo(member);
				});
	}
}
