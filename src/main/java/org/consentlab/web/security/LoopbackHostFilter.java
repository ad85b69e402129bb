package org.consentlab.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Solo mode signs every request in as the learner, so a request must come from a page the learner
 * opened on this machine. A web page elsewhere can point its own name at 127.0.0.1 (DNS rebinding)
 * and then read this app as same-origin; its requests still carry that other name in {@code Host}.
 * Only {@code localhost}, {@code 127.0.0.1} and {@code [::1]} (any port) are answered; anything else
 * gets 421 Misdirected Request (RFC 9110 §15.5.20).
 */
final class LoopbackHostFilter extends OncePerRequestFilter {

	static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

	static final int MISDIRECTED_REQUEST = 421;

	static final String MESSAGE = "ConsentLab in solo mode answers only at http://localhost (or 127.0.0.1); "
			+ "this request named another host.\n";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// A browser always names the host; a request without Host (HTTP/1.0) can only have reached the
		// loopback socket solo mode listens on, whose name the server reports instead.
		String host = request.getHeader("Host");
		if (!isLoopback(host == null ? request.getServerName() : host)) {
			response.setStatus(MISDIRECTED_REQUEST);
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter().write(MESSAGE);
			return;
		}
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/** True for a loopback name with or without a port; false for a missing or any other Host. */
	static boolean isLoopback(String host) {
		if (host == null) {
			return false;
		}
		String name = host.trim().toLowerCase(Locale.ROOT);
		int colon = name.lastIndexOf(':');
		if (colon >= 0 && colon > name.lastIndexOf(']')) {
			String port = name.substring(colon + 1);
			if (!port.isEmpty() && !port.chars().allMatch(Character::isDigit)) {
				return false;
			}
			name = name.substring(0, colon);
		}
		return LOOPBACK_HOSTS.contains(name);
	}
}
