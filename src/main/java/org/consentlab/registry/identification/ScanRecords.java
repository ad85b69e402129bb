package org.consentlab.registry.identification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.consentlab.sandbox.SandboxPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The learner's finished L3 scans, kept in the database so a lab check can read them from any
 * instance: what was searched and how many candidates came back. Resetting L3 forgets them.
 */
@Component
public class ScanRecords {

	/** One finished scan, as the lab's checks read it. */
	public record FinishedScan(
			Identification.Modality modality,
			int gallery,
			double threshold,
			String probe,
			int candidates,
			int falseCandidates,
			boolean foundSelf,
			Instant finishedAt) {}

	private final JdbcClient jdbc;

	ScanRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void save(long accountId, ScanJob.Request request, ScanJob.Outcome outcome, Instant at) {
		jdbc.sql("INSERT INTO REGISTRY_SCAN (ACCOUNT_ID, MODALITY, GALLERY, THRESHOLD, PROBE, CANDIDATES, "
						+ "FALSE_CANDIDATES, FOUND_SELF, FINISHED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(
						accountId,
						request.modality().name(),
						request.gallery(),
						request.threshold(),
						request.probe().name(),
						outcome.hits().size(),
						outcome.falseCandidates(),
						outcome.foundSelf(),
						Timestamp.from(at))
				.update();
	}

	/** The learner's latest finished scan of a modality and gallery size, at a threshold. */
	public Optional<FinishedScan> latest(
			long accountId, Identification.Modality modality, int gallery, double threshold) {
		return jdbc
				.sql(
						"SELECT MODALITY, GALLERY, THRESHOLD, PROBE, CANDIDATES, FALSE_CANDIDATES, FOUND_SELF, FINISHED_AT "
								+ "FROM REGISTRY_SCAN WHERE ACCOUNT_ID = ? AND MODALITY = ? AND GALLERY = ? "
								+ "AND THRESHOLD > ? AND THRESHOLD < ? ORDER BY FINISHED_AT DESC, ID DESC")
				.params(accountId, modality.name(), gallery, threshold - 1e-9, threshold + 1e-9)
				.query((rs, n) -> new FinishedScan(
						Identification.Modality.valueOf(rs.getString(1)),
						rs.getInt(2),
						rs.getDouble(3),
						rs.getString(4),
						rs.getInt(5),
						rs.getInt(6),
						rs.getBoolean(7),
						rs.getTimestamp(8).toInstant()))
				.list()
				.stream()
				.findFirst();
	}

	/** Clearing forgets the counts of the learner's finished scans. */
	@Component
	static final class Part implements SandboxPart {

		private final JdbcClient jdbc;

		Part(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String id() {
			return "registry.scans";
		}

		@Override
		public void clear(long accountId) {
			jdbc.sql("DELETE FROM REGISTRY_SCAN WHERE ACCOUNT_ID = ?")
					.param(accountId)
					.update();
		}
	}
}
