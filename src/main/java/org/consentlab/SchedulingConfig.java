package org.consentlab;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on scheduled tasks (the dashboard's check for progress made on other instances). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {}
