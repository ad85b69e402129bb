package org.consentlab.web.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What only solo mode has: in solo mode there is no login, so the network location is the only
 * protection. The app must listen on a loopback address (checked at start-up), and must answer
 * only requests addressed to a loopback name ({@link LoopbackHostFilter}). In classroom mode none
 * of these beans exist.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "consentlab.mode", havingValue = "solo", matchIfMissing = true)
class SoloModeConfig {

	SoloModeConfig(@Value("${server.address:}") String address) {
		requireLoopback(address);
	}

	/** Runs before everything else, Spring Security included, so no filter sees a rebound request. */
	@Bean
	FilterRegistrationBean<LoopbackHostFilter> loopbackHostFilter() {
		var registration = new FilterRegistrationBean<>(new LoopbackHostFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.addUrlPatterns("/*");
		return registration;
	}

	static void requireLoopback(String address) {
		if (address == null || address.isBlank() || !isLoopback(address.trim())) {
			throw new StartupRefusedException(
					"Solo mode signs every visitor in as the learner, so it listens on this machine only, but server.address is '"
							+ (address == null ? "" : address) + "' (not a loopback address).",
					"Leave server.address at 127.0.0.1 for solo mode, or start in classroom mode "
							+ "(--consentlab.mode=classroom), which has sign-in, to serve other machines.");
		}
	}

	private static boolean isLoopback(String address) {
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		} catch (UnknownHostException ex) {
			return false;
		}
	}
}
