package org.consentlab.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Puts {@link CoarseLastAccessSessions} around the JDBC session store that Spring Boot configures.
 *
 * <p>Wrapped after it is built rather than built here: an app that declares its own session store
 * loses Boot's whole session set-up (table name, timeout, the scheduled removal of expired
 * sessions, the filter and its cookie), and this keeps all of it. The store's own shutdown still
 * runs, as Spring closes the object it built.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	static BeanPostProcessor coarseLastAccessSessions() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof JdbcIndexedSessionRepository store ? new CoarseLastAccessSessions(store) : bean;
			}
		};
	}
}
