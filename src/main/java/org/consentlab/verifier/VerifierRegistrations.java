package org.consentlab.verifier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.consentlab.credential.registration.RegisteredCredential;
import org.consentlab.credential.registration.RegistrationCertificate;
import org.consentlab.credential.spec.SdJwtVc;
import org.consentlab.trust.ClassroomTrust;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Registers every verifier with the classroom registrar at start: what its purpose needs
 * ({@link VerifierProfile#needed()}), not what its query asks for. The difference between the two is
 * what the wallet's over-asking check finds. Names, services and purposes are registered in every
 * language the app ships, so the consent screen can show the learner's.
 */
@Component
class VerifierRegistrations {

	/** The languages the registrar writes registrations in: one tag per shipped translation. */
	static final List<String> LANGUAGES = List.of("en");

	/** Not a real country: a classroom registrar is nobody's authority (ISO 3166-1 user-assigned ZZ). */
	static final String COUNTRY = "ZZ";

	private final Verifiers verifiers;

	private final ClassroomTrust trust;

	private final MessageSource messages;

	VerifierRegistrations(Verifiers verifiers, ClassroomTrust trust, MessageSource messages) {
		this.verifiers = verifiers;
		this.trust = trust;
		this.messages = messages;
	}

	@EventListener(ApplicationReadyEvent.class)
	void registerAll() {
		for (VerifierProfile profile : verifiers.all()) {
			trust.register(
					profile.id(),
					(entityId, issuedAt, expiresAt) -> registration(profile, entityId, issuedAt, expiresAt));
		}
	}

	/** The first credential with the claims its purpose needs, and each other credential it asks for. */
	private static List<RegisteredCredential> registered(VerifierProfile profile) {
		List<RegisteredCredential> credentials = new ArrayList<>();
		credentials.add(new RegisteredCredential(SdJwtVc.TYPE, profile.vct(), paths(profile.needed())));
		for (OtherCredential other : profile.others()) {
			credentials.add(new RegisteredCredential(SdJwtVc.TYPE, other.vct(), paths(other.claims())));
		}
		return credentials;
	}

	private static List<List<Object>> paths(List<String> claims) {
		return claims.stream().map(claim -> List.<Object>of(claim)).toList();
	}

	private RegistrationCertificate registration(
			VerifierProfile profile, String entityId, Instant issuedAt, Instant expiresAt) {
		Map<String, String> services = new LinkedHashMap<>();
		Map<String, String> purposes = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			Locale locale = Locale.forLanguageTag(language);
			services.put(language, messages.getMessage("trust.service." + profile.id(), null, locale));
			purposes.put(language, messages.getMessage(profile.purposeKey(), null, locale));
		}
		String name = messages.getMessage(profile.nameKey(), null, Locale.forLanguageTag(LANGUAGES.get(0)));
		return new RegistrationCertificate(
				name,
				entityId,
				COUNTRY,
				"/register",
				services,
				purposes,
				"/verifiers/" + profile.id(),
				registered(profile),
				issuedAt,
				expiresAt);
	}
}
