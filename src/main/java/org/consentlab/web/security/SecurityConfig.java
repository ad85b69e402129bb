package org.consentlab.web.security;

import org.consentlab.account.ConsentLabProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * Who may do what. Solo mode signs the one local learner in on every request; classroom mode uses
 * form login. Either way CSRF protection stays on and every page carries a strict Content Security
 * Policy: no inline script, no inline style, nothing from another origin.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain webSecurity(
			HttpSecurity http, ConsentLabProperties properties, ThrottledAuthenticationProvider provider)
			throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers(
						"/css/**",
						"/js/**",
						"/webjars/**",
						"/images/**",
						"/favicon.ico",
						"/error",
						"/actuator/health",
						"/actuator/health/**")
				.permitAll()
				.requestMatchers("/login", "/join", "/register", "/language")
				.permitAll()
				.requestMatchers("/classes", "/classes/**")
				.hasRole("INSTRUCTOR")
				.anyRequest()
				.authenticated());
		// Nothing is stored for an anonymous visitor: the CSRF token and the page to return to after
		// sign-in travel in cookies, so a GET creates no session row (unauthenticated database growth).
		CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
		csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens));
		http.requestCache(cache -> cache.requestCache(new CookieRequestCache()));
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny()));
		if (properties.solo()) {
			http.addFilterBefore(new SoloSignInFilter(), AnonymousAuthenticationFilter.class);
			http.formLogin(form -> form.disable());
		} else {
			http.authenticationProvider(provider);
			http.formLogin(form -> form.loginPage("/login")
					.defaultSuccessUrl("/", false)
					.failureHandler(new LoginFailureHandler())
					.permitAll());
			http.logout(logout -> logout.logoutSuccessUrl("/login?out"));
		}
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder(PasswordHashingProperties hashing) {
		return new BoundedPasswordEncoder(PasswordHashing.encoder(), hashing.permits(), hashing.maxWait());
	}
}
