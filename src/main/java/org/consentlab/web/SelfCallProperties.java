package org.consentlab.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on the app's HTTP calls to itself ({@link Loopback}), under {@code consentlab.self-calls.}.
 * Each call holds the request thread that makes it and a second one that serves it, so the calls
 * in flight and the calls waiting together must stay well below the server's request threads
 * ({@code server.tomcat.threads.max}, 200 by default): with the defaults at most 16 + 32 learner
 * requests wait on self-calls, twice that at worst counting the calls a served call makes in turn,
 * and the rest of the threads stay free for everyone else.
 *
 * @param maxConcurrent calls in flight at once, per lane (a learner's request, or a call a served call makes)
 * @param maxWaiting calls that may wait for a free place; more are refused at once as "busy, try again"
 * @param waitTimeout how long a call waits for a free place before it is refused as busy
 * @param connectTimeout how long a call waits for a connection
 * @param requestTimeout how long a call waits for its answer
 */
@ConfigurationProperties("consentlab.self-calls")
public record SelfCallProperties(
		@DefaultValue("16") int maxConcurrent,
		@DefaultValue("32") int maxWaiting,
		@DefaultValue("3s") Duration waitTimeout,
		@DefaultValue("2s") Duration connectTimeout,
		@DefaultValue("10s") Duration requestTimeout) {

	public SelfCallProperties {
		if (maxConcurrent < 1 || maxWaiting < 0) {
			throw new IllegalArgumentException("consentlab.self-calls: max-concurrent must be positive");
		}
	}
}
