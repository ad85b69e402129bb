package org.consentlab.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller that speaks a wallet protocol (OpenID4VCI, OpenID4VP, metadata, status
 * lists) in JSON: its errors are rendered by {@link ProtocolErrors} in the specifications' format.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ProtocolEndpoint {}
