package org.consentlab.trust;

import java.time.Instant;
import org.consentlab.credential.registration.RegistrationCertificate;

/**
 * One line of the public register: the registration as signed, the client identifier of the
 * verifier's access certificate, and when that certificate expires.
 */
public record RegisterEntry(
		String verifierId, RegistrationCertificate registration, String clientId, Instant accessExpires) {}
