package org.consentlab.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.consentlab.account.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Solo mode: the app listens on 127.0.0.1 only and serves one learner, so there is nobody to tell
 * apart and no sign-up. Each request is signed in as that learner. Deliberately not a bean: a
 * filter bean would also be registered with the servlet container in classroom mode. Only
 * {@link SecurityConfig} creates it, in solo mode, inside the security chain.
 */
final class SoloSignInFilter extends OncePerRequestFilter {

	/** The username of the single learner in solo mode. */
	static final String SOLO_USERNAME = "solo";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (SecurityContextHolder.getContext().getAuthentication() == null) {
			var learner = UsernamePasswordAuthenticationToken.authenticated(
					SOLO_USERNAME, null, List.of(new SimpleGrantedAuthority(Role.LEARNER.authority())));
			SecurityContextHolder.getContext().setAuthentication(learner);
		}
		chain.doFilter(request, response);
	}
}
