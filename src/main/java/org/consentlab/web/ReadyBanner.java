package org.consentlab.web;

import org.consentlab.account.ConsentLabProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who started ConsentLab where to open it, once it is ready. */
@Component
class ReadyBanner {

	private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

	private final ConsentLabProperties properties;

	ReadyBanner(ConsentLabProperties properties) {
		this.properties = properties;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			int port = web.getWebServer().getPort();
			log.info(
					"ConsentLab is ready in {} mode: open http://localhost:{}/",
					properties.mode().name().toLowerCase(),
					port);
		}
	}
}
