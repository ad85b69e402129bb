package org.consentlab.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The one message source of the app (the bundles named by {@code spring.messages.basename}, with
 * plural rules) and the one way a request's language is decided ({@link LanguageResolver}).
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames) {
		return PluralMessageSource.of(basenames);
	}

	/** Named as the dispatcher looks it up, so it replaces Spring's Accept-Language-only resolver. */
	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver() {
		return new LanguageResolver();
	}
}
