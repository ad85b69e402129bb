package org.consentlab.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

/**
 * When every page lane is taken, a page waits for one, while a wallet's protocol messages, sign-ins,
 * static files and the health check are answered at once; a page that waits too long is told to
 * come back.
 */
class PageLanesTests {

	private static RunningApp app;

	private static PageLanes lanes;

	private int held;

	@BeforeAll
	static void start() {
		app = RunningApp.solo("--consentlab.concurrent-pages=2", "--consentlab.page-wait=1m");
		lanes = app.bean(PageLanes.class);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@AfterEach
	void releaseLanes() {
		lanes.lanes.release(held);
		held = 0;
	}

	@Test
	void pageWhenEveryLaneTakenThenWaitsWhileProtocolMessagesPassAndIsServedWhenALaneFrees() throws Exception {
		WebClient learner = new WebClient(app);
		assertThat(learner.get("/labs").statusCode()).isEqualTo(200);
		assertThat(lanes.size()).isEqualTo(2);
		lanes.lanes.acquire(2);
		held = 2;

		CompletableFuture<HttpResponse<String>> page = CompletableFuture.supplyAsync(() -> learner.get("/wallet"));
		waitUntil(() -> lanes.waiting() == 1, "the page to queue for a lane");

		WebClient wallet = new WebClient(app);
		assertThat(wallet.get("/.well-known/openid-credential-issuer/issuers/pid")
						.statusCode())
				.isEqualTo(200);
		assertThat(wallet.postRaw("/issuers/pid/token", "grant_type=nonsense").statusCode())
				.isEqualTo(400);
		assertThat(wallet.postRaw("/verifiers/bar/response", "state=unknown").statusCode())
				.isEqualTo(400);
		assertThat(wallet.get("/css/consentlab.css").statusCode()).isEqualTo(200);
		assertThat(wallet.get("/actuator/health").statusCode()).isEqualTo(200);
		assertThat(page).isNotDone();
		assertThat(lanes.waiting()).isEqualTo(1);

		lanes.lanes.release();
		held = 1;
		HttpResponse<String> served = page.get();
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.body()).contains("</html>");
	}

	@Test
	void pageWhenNoLaneFreesWithinTheWaitThen503WithRetryAfterAndTheAppNotReached() throws Exception {
		PageLanes none = new PageLanes(
				1,
				Duration.ZERO,
				app.bean(Loopback.class),
				app.bean(MessageSource.class),
				app.bean(LocaleResolver.class));
		none.lanes.acquire();
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/labs");
		request.addHeader("Accept-Language", "ru");
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicBoolean reached = new AtomicBoolean();

		none.doFilter(request, response, (req, res) -> reached.set(true));

		assertThat(reached).isFalse();
		assertThat(response.getStatus()).isEqualTo(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		assertThat(response.getHeader("Retry-After")).isEqualTo("1");
		assertThat(response.getContentAsString())
				.contains("lang=\"ru\"")
				.contains(app.bean(MessageSource.class)
						.getMessage("error.busy", null, java.util.Locale.forLanguageTag("ru")));

		none.lanes.release();
		none.doFilter(request, new MockHttpServletResponse(), (req, res) -> reached.set(true));
		assertThat(reached).isTrue();
	}

	@Test
	void protocolRoutesWhenAskedThenOnlyTheirMethodAndPathAreMessages() {
		Loopback loopback = app.bean(Loopback.class);

		assertThat(loopback.isProtocolMessage("POST", "/verifiers/bar/response"))
				.isTrue();
		assertThat(loopback.isProtocolMessage("GET", "/verifiers/bar/response")).isFalse();
		assertThat(loopback.isProtocolMessage("GET", "/verifiers/bar")).isFalse();
		assertThat(loopback.isProtocolMessage("GET", "/labs")).isFalse();
	}

	private static void waitUntil(java.util.function.BooleanSupplier condition, String what) {
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
			LockSupport.parkNanos(Duration.ofMillis(1).toNanos());
		}
	}
}
