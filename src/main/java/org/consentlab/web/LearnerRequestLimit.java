package org.consentlab.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * One browser session's requests in flight at once, at most {@value #MAX_IN_FLIGHT}: a browser
 * opens at most six connections to a host (HTTP/1.1), so a learner's browser never has more, while
 * a script posting a hundred inspections at once would otherwise queue ahead of every other
 * learner's page for the server's request threads. The surplus gets 429 Too Many Requests (RFC 6585
 * §4) with {@code Retry-After}, decided from the session cookie before the session is loaded, so a
 * refusal costs no database read and no page rendering. A streamed page (the live dashboard)
 * counts only while its request starts; static files and requests without a session are not
 * counted (sign-ins and joins have their own limits).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 40) // before the session filter (HIGHEST_PRECEDENCE + 50) loads a session
class LearnerRequestLimit extends OncePerRequestFilter {

	static final int MAX_IN_FLIGHT = 6;

	private final ConcurrentHashMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

	private final String sessionCookie;

	private final ShortRefusal refusal;

	LearnerRequestLimit(
			@Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie,
			MessageSource messages,
			LocaleResolver languages) {
		this.sessionCookie = sessionCookie;
		this.refusal = new ShortRefusal(messages, languages);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return StaticFiles.isStaticFile(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String session = session(request);
		if (session == null) {
			chain.doFilter(request, response);
			return;
		}
		int[] mine = new int[1];
		inFlight.compute(session, (key, current) -> {
			AtomicInteger counter = current == null ? new AtomicInteger() : current;
			mine[0] = counter.incrementAndGet();
			return counter;
		});
		try {
			if (mine[0] > MAX_IN_FLIGHT) {
				refusal.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "error.too-many-at-once");
				return;
			}
			chain.doFilter(request, response);
		} finally {
			// the entry goes when its last request ends, so the map holds only sessions with requests now
			inFlight.computeIfPresent(session, (key, current) -> current.decrementAndGet() == 0 ? null : current);
		}
	}

	/** Sessions with requests in flight now (for tests: the map empties when requests end). */
	int sessions() {
		return inFlight.size();
	}

	private String session(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (sessionCookie.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}
}
