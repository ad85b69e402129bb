package org.consentlab.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

	/**
	 * More pages waiting than Tomcat's default of 200 request threads: with the default, the last
	 * pages and every protocol message after them waited for a thread instead of passing by.
	 */
	private static final int WAITING_PAGES = 250;

	@Test
	void pagesWhenEveryLaneTakenThenWaitWhileProtocolMessagesPassAndAreServedWhenLanesFree() throws Exception {
		assertThat(lanes.size()).isEqualTo(2);
		lanes.lanes.acquire(2);
		held = 2;

		// browsers of a class without a session yet, so the per-session limit does not count them
		HttpClient browsers = HttpClient.newHttpClient();
		List<CompletableFuture<HttpResponse<String>>> pages = new ArrayList<>();
		for (int i = 0; i < WAITING_PAGES; i++) {
			pages.add(browsers.sendAsync(
					HttpRequest.newBuilder(URI.create(app.url("/labs"))).build(), BodyHandlers.ofString()));
		}
		waitUntil(() -> lanes.waiting() == WAITING_PAGES, "every page to queue for a lane");

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
		assertThat(pages).noneMatch(CompletableFuture::isDone);
		assertThat(lanes.waiting()).isEqualTo(WAITING_PAGES);

		lanes.lanes.release(2);
		held = 0;
		for (CompletableFuture<HttpResponse<String>> page : pages) {
			HttpResponse<String> served = page.get();
			assertThat(served.statusCode()).isEqualTo(200);
			assertThat(served.body()).contains("</html>");
		}
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
