package org.consentlab.registry.enrolment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.consentlab.biometrics.Seeds;
import org.consentlab.registry.DataCategory;
import org.consentlab.sandbox.Persona;
import org.consentlab.sandbox.SandboxPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learner's enrolment in the Registry (lab L1), part of their sandbox. What is captured depends
 * on the path (the 2024 plan's two items, {@code /sources#comparable-systems-and-laws}; which desk records
 * what is the course's model) and on the person ({@link #captured}): airport capture of a foreigner
 * takes passport data, face and ten fingerprints, and at the experiment's desks voice and a DNA
 * swab; consular registration of a citizen abroad takes passport, face, fingerprints and the
 * address abroad, and the employer and relatives where asked.
 */
@Service
public class Enrolments {

	private final JdbcClient jdbc;

	Enrolments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What the Registry captures from a persona. The path decides the core, the person decides the
	 * rest: at the airport, only the experiment's desks also take a voice sample and a DNA swab, and
	 * the migration card names an employer only for someone who comes to work; at the consulate, the
	 * employer is asked of those who have one, and some consulates' forms ask for relatives. Which
	 * desk and which form a persona met is drawn from the persona, so the lists differ across a
	 * class (the simulation's model, not the plan's text).
	 */
	public static Set<DataCategory> captured(Persona persona) {
		SplittableRandom desk = Seeds.random(persona.personId(), 0xCA97L);
		Set<DataCategory> captured = EnumSet.of(DataCategory.PASSPORT, DataCategory.FACE, DataCategory.FINGERPRINTS);
		if (persona.enrolment() == Persona.Enrolment.AIRPORT_CAPTURE) {
			add(captured, DataCategory.VOICE, desk.nextBoolean());
			add(captured, DataCategory.DNA, desk.nextBoolean());
			add(captured, DataCategory.EMPLOYER, persona.reason().equals("worker"));
			add(captured, DataCategory.ADDRESS, desk.nextBoolean());
		} else {
			captured.add(DataCategory.ADDRESS);
			add(captured, DataCategory.EMPLOYER, !WITHOUT_EMPLOYER.contains(persona.reason()));
			add(captured, DataCategory.RELATIVES, desk.nextBoolean());
		}
		return captured;
	}

	/** The reasons for a stay that name no employer. */
	private static final Set<String> WITHOUT_EMPLOYER = Set.of("student", "retiree", "family");

	private static void add(Set<DataCategory> captured, DataCategory category, boolean taken) {
		if (taken) {
			captured.add(category);
		}
	}

	/** Enrols the learner's persona on its own path; enrolling twice changes nothing. */
	@Transactional
	public Set<DataCategory> enrol(long accountId, Persona persona) {
		Optional<Set<DataCategory>> existing = held(accountId);
		if (existing.isPresent()) {
			return existing.get();
		}
		Set<DataCategory> categories = captured(persona);
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
