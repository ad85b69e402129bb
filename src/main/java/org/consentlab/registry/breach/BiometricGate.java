package org.consentlab.registry.breach;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.consentlab.biometrics.face.FaceEmbeddings;
import org.consentlab.biometrics.face.FaceModel;
import org.consentlab.biometrics.face.FacePreset;
import org.consentlab.registry.RegistryWorld;
import org.consentlab.sandbox.SandboxPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lab L5's simulated face gate: it compares a presented face template with the one the Registry
 * enrolled for the claimed person and opens at cosine ≥ 0.302 (FMR 10⁻⁵, the NIST 1:1 mugshot
 * operating point; in the course's face model, /sources#face-model). It cannot tell a live face from a replayed template: that is
 * the presentation attack a leaked template enables. Every attempt is logged in the learner's
 * sandbox.
 */
@Service
public class BiometricGate {

	public static final double THRESHOLD = FaceModel.THRESHOLD_FMR_1E5;

	private final JdbcClient jdbc;

	private final RegistryWorld world;

	BiometricGate(JdbcClient jdbc, RegistryWorld world) {
		this.jdbc = jdbc;
		this.world = world;
	}

	/** One attempt at the gate. */
	public record Passage(int claimedPerson, double score, boolean passed) {}

	/** The enrolled face template of a person (capture 0, the NIST-2020 1:1 preset). */
	public float[] enrolled(int personId) {
		return FaceEmbeddings.enrolment(world.population().biometricSeed(), personId, FacePreset.NIST_2020_ONE_TO_ONE);
	}

	/** A new capture of the same face, as a "re-enrolment" would take. */
	public float[] recapture(int personId) {
		return FaceEmbeddings.capture(world.population().biometricSeed(), personId, 1, FacePreset.NIST_2020_ONE_TO_ONE);
	}

	@Transactional
	public Passage attempt(long accountId, int claimedPerson, float[] presented) {
		double score = FaceEmbeddings.cosine(presented, enrolled(claimedPerson));
		boolean passed = score >= THRESHOLD;
		jdbc.sql(
						"INSERT INTO REGISTRY_GATE_PASSAGE (ACCOUNT_ID, CLAIMED_PERSON, SCORE, PASSED, AT) VALUES (?, ?, ?, ?, ?)")
				.params(accountId, claimedPerson, score, passed, Timestamp.from(Instant.now()))
				.update();
		return new Passage(claimedPerson, score, passed);
	}

	/** The learner's gate log, oldest first. */
	public List<Passage> log(long accountId) {
		return jdbc.sql(
						"SELECT CLAIMED_PERSON, SCORE, PASSED FROM REGISTRY_GATE_PASSAGE WHERE ACCOUNT_ID = ? ORDER BY ID")
				.param(accountId)
				.query((rs, row) -> new Passage(rs.getInt(1), rs.getDouble(2), rs.getBoolean(3)))
				.list();
	}

	/** Clearing forgets the learner's attempts at the gate. */
	@Component
	static final class Part implements SandboxPart {

		private final JdbcClient jdbc;

		Part(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String id() {
			return "registry.gate-passages";
		}

		@Override
		public void clear(long accountId) {
			jdbc.sql("DELETE FROM REGISTRY_GATE_PASSAGE WHERE ACCOUNT_ID = ?")
					.param(accountId)
					.update();
		}
	}
}
