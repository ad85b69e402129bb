package org.consentlab.web.security;

import org.consentlab.credential.oid4vci.Oid4vci;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The wallet protocols' endpoints (OpenID4VCI, OpenID4VP direct_post, issuer metadata): APIs that
 * the protocol itself authenticates (a pre-authorised code, an access token, a nonce, key binding),
 * so this chain is stateless, without CSRF tokens or sign-in, and matches only those paths. Every
 * other request goes through {@link SecurityConfig}.
 */
@Configuration
class ProtocolSecurityConfig {

	/** The protocol paths: well-known metadata, the issuers' token, nonce, credential, status list and type metadata endpoints, the verifiers' response and request URI endpoints. */
	static final String[] PROTOCOL_PATHS = {
		"/.well-known/" + Oid4vci.WELL_KNOWN_ISSUER + "/issuers/*",
		"/.well-known/" + Oid4vci.WELL_KNOWN_AUTHORIZATION_SERVER + "/issuers/*",
		"/.well-known/jwt-vc-issuer/issuers/*",
		"/issuers/*/token",
		"/issuers/*/nonce",
		"/issuers/*/credential",
		"/issuers/*/status",
		"/issuers/*/status/*",
		"/issuers/*/type-metadata",
		"/verifiers/*/response",
		"/verifiers/*/request-objects/*"
	};

	@Bean
	@Order(1)
	SecurityFilterChain protocolSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher(PROTOCOL_PATHS)
				.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
				.csrf(csrf -> csrf.disable())
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.requestCache(cache -> cache.disable())
				// nothing here signs out, nor asks the servlet API who is signed in: two filters less,
				// and one request wrapper less for every header read that follows
				.logout(logout -> logout.disable())
				.servletApi(servletApi -> servletApi.disable())
				.headers(headers -> headers.contentSecurityPolicy(
								csp -> csp.policyDirectives(SecurityConfig.CONTENT_SECURITY_POLICY))
						.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
						.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	/**
	 * No Spring Security observations: they wrap every filter of every chain, on every request, in
	 * an observation of its own, and nothing reads them (the actuator answers health checks only).
	 * On a wallet's {@code direct_post} they cost more than the chain's own work.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}
}
