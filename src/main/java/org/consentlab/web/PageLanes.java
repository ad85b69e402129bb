package org.consentlab.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Pages are served a few at a time ({@code consentlab.concurrent-pages}, four times the cores unless
 * set), the rest wait their turn in arrival order. When a whole class clicks at once, a page then
 * waits in line instead of sharing the cores with a hundred others, and what must not wait never
 * does: protocol messages (a wallet's {@code direct_post}, token and credential requests, metadata,
 * status lists), which a phone or another server sends with a deadline; sign-ins, joins and password
 * changes, which queue for a password hash of their own; static files and the health check.
 *
 * <p>A page that has waited {@code consentlab.page-wait} without its turn gets 503 with
 * {@code Retry-After} (RFC 9110 §15.6.4). The wait happens before the session is loaded, so a
 * waiting page holds no database connection.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 45) // after LearnerRequestLimit, before the session filter (+ 50)
class PageLanes extends OncePerRequestFilter {

	/** Package-private so that a test can hold every lane, as a class's slow pages would. */
	final Semaphore lanes;

	private final int size;

	private final Duration maxWait;

	private final Loopback protocol;

	private final ShortRefusal refusal;

	PageLanes(
			@Value("${consentlab.concurrent-pages:0}") int concurrentPages,
			@Value("${consentlab.page-wait:30s}") Duration maxWait,
			Loopback protocol,
			MessageSource messages,
			LocaleResolver languages) {
		// A page also waits for the database: two instances on PostgreSQL with twice the cores as
		// lanes served 19,453 requests in the class load test, with four times 27,101.
		this.size =
				concurrentPages > 0 ? concurrentPages : 4 * Runtime.getRuntime().availableProcessors();
		this.lanes = new Semaphore(size, true);
		this.maxWait = maxWait;
		this.protocol = protocol;
		this.refusal = new ShortRefusal(messages, languages);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String method = request.getMethod();
		return StaticFiles.isStaticFile(path)
				|| path.startsWith("/actuator/")
				|| ("POST".equals(method) && hashesAPassword(path))
				|| protocol.isProtocolMessage(method, path);
	}

	private static boolean hashesAPassword(String path) {
		return path.equals("/login") || path.equals("/join") || path.startsWith("/account/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean admitted;
		try {
			admitted = lanes.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
		} catch (InterruptedException stopping) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		if (!admitted) {
			refusal.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "error.busy");
			return;
		}
		try {
			chain.doFilter(request, response);
		} finally {
			lanes.release();
		}
	}

	/** Pages waiting for a lane now. */
	int waiting() {
		return lanes.getQueueLength();
	}

	int size() {
		return size;
	}
}
