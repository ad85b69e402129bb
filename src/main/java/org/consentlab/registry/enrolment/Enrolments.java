package org.consentlab.registry.enrolment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.consentlab.registry.DataCategory;
import org.consentlab.sandbox.Persona;
import org.consentlab.sandbox.SandboxPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learner's enrolment in the Registry (lab L1), part of their sandbox. What is captured depends
 * on the path (the 2024 plan's two items, {@code /sources#comparable-systems-and-laws}): airport
 * capture of a foreigner takes passport data, face, ten fingerprints, voice and a DNA swab, and in
 * this simulation also the home address, employer and relatives (the course's model, not the
 * plan's); consular registration of a citizen abroad takes passport, face, fingerprints, address
 * abroad, employer and relatives.
 */
@Service
public class Enrolments {

	private final JdbcClient jdbc;

	Enrolments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What the Registry captures on a persona's enrolment path. */
	public static Set<DataCategory> captured(Persona.Enrolment path) {
		return path == Persona.Enrolment.AIRPORT_CAPTURE
				? EnumSet.allOf(DataCategory.class)
				: EnumSet.of(
						DataCategory.PASSPORT,
						DataCategory.FACE,
						DataCategory.FINGERPRINTS,
						DataCategory.ADDRESS,
						DataCategory.EMPLOYER,
						DataCategory.RELATIVES);
	}

	/** Enrols the learner's persona on its own path; enrolling twice changes nothing. */
	@Transactional
	public Set<DataCategory> enrol(long accountId, Persona persona) {
		Optional<Set<DataCategory>> existing = held(accountId);
		if (existing.isPresent()) {
			return existing.get();
		}
		Set<DataCategory> categories = captured(persona.enrolment());
		jdbc.sql("INSERT INTO REGISTRY_ENROLMENT (ACCOUNT_ID, PATH, CATEGORIES, ENROLLED_AT) VALUES (?, ?, ?, ?)")
				.params(
						accountId,
						persona.enrolment().name(),
						DataCategory.join(categories),
						Timestamp.from(Instant.now()))
				.update();
		return categories;
	}

	/** The categories held about the learner, or empty when they have not been enrolled yet. */
	public Optional<Set<DataCategory>> held(long accountId) {
		return jdbc.sql("SELECT CATEGORIES FROM REGISTRY_ENROLMENT WHERE ACCOUNT_ID = ?")
				.param(accountId)
				.query(String.class)
				.optional()
				.map(DataCategory::split);
	}

	/** Clearing undoes the enrolment, so the learner can go through the capture again. */
	@Component
	static final class Part implements SandboxPart {

		private final JdbcClient jdbc;

		Part(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String id() {
			return "registry.enrolment";
		}

		@Override
		public void clear(long accountId) {
			jdbc.sql("DELETE FROM REGISTRY_ENROLMENT WHERE ACCOUNT_ID = ?")
					.param(accountId)
					.update();
		}
	}
}
