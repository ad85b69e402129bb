package org.consentlab.web.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Classroom mode carries passwords and session cookies across a shared network, so it starts only
 * with HTTPS: served by the app ({@code server.ssl.bundle}), or by a reverse proxy in front of it
 * ({@code consentlab.public-url=https://...}, with {@code server.forward-headers-strategy} so the
 * app sees the original scheme and marks cookies {@code Secure} and sends HSTS). Plain HTTP needs
 * {@code consentlab.allow-plain-http=true}, and then every instructor page says so.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "consentlab.mode", havingValue = "classroom")
class ClassroomTransportConfig {

	ClassroomTransportConfig(Environment environment) {
		boolean tls = environment.containsProperty("server.ssl.bundle")
				|| environment.getProperty("server.ssl.enabled", Boolean.class, false);
		boolean proxy = environment.getProperty("consentlab.public-url", "").startsWith("https://")
				&& !"none".equalsIgnoreCase(environment.getProperty("server.forward-headers-strategy", "none"));
		boolean allowed = environment.getProperty("consentlab.allow-plain-http", Boolean.class, false);
		if (!tls && !proxy && !allowed) {
			throw new StartupRefusedException(
					"Classroom mode would send passwords and session cookies over plain HTTP.",
					"Either serve HTTPS from the app (server.ssl.bundle, see 'tls self-signed'), or put it behind an "
							+ "HTTPS reverse proxy and set consentlab.public-url=https://... . To accept plain HTTP "
							+ "anyway (a closed lab network), set consentlab.allow-plain-http=true.");
		}
	}
}
