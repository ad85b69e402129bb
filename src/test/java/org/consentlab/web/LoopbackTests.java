package org.consentlab.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whatever URL a caller passes, a call goes to one of this app's protocol endpoints and nowhere
 * else, and it reaches the endpoint as a stranger's request would: without the caller's sign-in
 * and outside the caller's transaction.
 */
class LoopbackTests {

	private final List<Authentication> seenByEndpoint = new ArrayList<>();

	private final Loopback loopback = new Loopback(
			"http://class.example:8080",
			new WebProperties(65_536, 5, 15, 50),
			new StaticListableBeanFactory(Map.of("echo", (ProtocolRoutes) router ->
							router.get("/issuers/{id}/token", call -> {
								seenByEndpoint.add(
										SecurityContextHolder.getContext().getAuthentication());
								return ResponseEntity.ok(
										call.path("id") + " x=" + call.parameter("x") + " y=" + call.parameter("y"));
							})))
					.getBeanProvider(ProtocolRoutes.class));

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
		TransactionSynchronizationManager.setActualTransactionActive(false);
	}

	@Test
	void getWhenUrlNamesAnotherHostThenOnlyPathAndQueryReachThisApp() throws IOException {
		Loopback.Response response = loopback.get("https://evil.example:9999/issuers/pid/token?x=1&y=%2F");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("pid x=1 y=/");
		assertThat(Loopback.target("//evil.example/issuers/pid/token"))
				.isEqualTo(new Loopback.Target("/issuers/pid/token", null));
		assertThat(Loopback.target("/a/@evil.example")).isEqualTo(new Loopback.Target("/a/@evil.example", null));
	}

	@Test
	void targetWhenRelativeReferenceOrOpaqueThenRefused() {
		// joined to a base as a string this was http://127.0.0.1:8080@evil.example/x: host evil.example
		assertThatThrownBy(() -> Loopback.target("@evil.example/x")).isInstanceOf(IOException.class);
		assertThatThrownBy(() -> Loopback.target("mailto:a@evil.example")).isInstanceOf(IOException.class);
		assertThatThrownBy(() -> Loopback.target("http://bad host/")).isInstanceOf(IOException.class);
	}

	@Test
	void getWhenPathIsAPageNotAProtocolEndpointThenNotFound() throws IOException {
		Loopback.Response response = loopback.get("http://class.example:8080/classes/1/dashboard");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).contains("\"invalid_request\"");
	}

	@Test
	void callWhenCallerIsSignedInThenEndpointSeesNoSignInAndCallerKeepsIt() throws IOException {
		Authentication learner = new TestingAuthenticationToken("ada", "n/a", "ROLE_LEARNER");
		SecurityContextHolder.getContext().setAuthentication(learner);

		loopback.get("/issuers/pid/token");

		assertThat(seenByEndpoint).containsExactly((Authentication) null);
		assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(learner);
	}

	@Test
	void callWhenCallerHoldsATransactionThenRefusedBeforeTheEndpointRuns() {
		TransactionSynchronizationManager.setActualTransactionActive(true);

		assertThatThrownBy(() -> loopback.get("/issuers/pid/token")).isInstanceOf(IllegalStateException.class);
		assertThat(seenByEndpoint).isEmpty();
	}
}
