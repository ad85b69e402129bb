package org.consentlab.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Notes that a request is this instance's own call ({@link Loopback}), so that the self-calls made
 * while serving it take the inner lane. Only the instance's start-up secret counts: a header sent
 * from outside changes nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SelfCallFilter extends OncePerRequestFilter {

	private final Loopback loopback;

	SelfCallFilter(Loopback loopback) {
		this.loopback = loopback;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (loopback.isSelfCall(request.getHeader(Loopback.SELF_CALL_HEADER))) {
			loopback.servingSelfCall(() -> chain.doFilter(request, response));
		} else {
			chain.doFilter(request, response);
		}
	}
}
