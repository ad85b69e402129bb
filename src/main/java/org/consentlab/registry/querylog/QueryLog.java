package org.consentlab.registry.querylog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.consentlab.registry.Agency;
import org.consentlab.registry.DataCategory;
import org.consentlab.registry.RegistryQuery;
import org.consentlab.registry.policy.LoggedQueries;
import org.consentlab.sandbox.SandboxPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Registry's query log in a learner's sandbox: every query, allowed or refused, with who asked,
 * where, when, which data, the stated purpose and the answer mode. The log is what turns an ID
 * system into a tracking system (the simulation's model, /sources#answer-modes).
 */
@Service
public class QueryLog implements LoggedQueries {

	private static final String COLUMNS = "ID, SUBJECT_ID, SUBJECT_NAME, AGENCY, PLACE, AT, CATEGORIES, PURPOSE, NEED, "
			+ "ANSWER_MODE, ALLOWED, REFUSED_FOR";

	private final JdbcClient jdbc;

	QueryLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One logged query. */
	public record Entry(
			long id,
			int subjectId,
			String subjectName,
			Agency agency,
			String place,
			LocalDateTime at,
			Set<DataCategory> categories,
			String purpose,
			RegistryQuery.Need need,
			RegistryQuery.Mode mode,
			boolean allowed,
			Optional<DataCategory> refusedFor) {

		/** The logged query, to ask again under another policy. */
		public RegistryQuery asQuery() {
			return new RegistryQuery(agency, subjectId, subjectName, place, at, categories, purpose, need, mode);
		}
	}

	@Transactional
	void record(long accountId, RegistryQuery query, Optional<DataCategory> refusedFor) {
		jdbc.sql(
						"INSERT INTO REGISTRY_QUERY (ACCOUNT_ID, SUBJECT_ID, SUBJECT_NAME, AGENCY, PLACE, AT, CATEGORIES, "
								+ "PURPOSE, NEED, ANSWER_MODE, ALLOWED, REFUSED_FOR, LOGGED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(
						accountId,
						query.subjectId(),
						query.subjectName(),
						query.agency().name(),
						query.place(),
						Timestamp.valueOf(query.at()),
						DataCategory.join(query.categories()),
						query.purpose(),
						query.need().name(),
						query.mode().name(),
						refusedFor.isEmpty(),
						refusedFor.map(Enum::name).orElse(null),
						Timestamp.from(Instant.now()))
				.update();
	}

	/** The learner's whole log, in simulated time order. */
	public List<Entry> entries(long accountId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM REGISTRY_QUERY WHERE ACCOUNT_ID = ? ORDER BY AT, ID")
				.param(accountId)
				.query(QueryLog::map)
				.list();
	}

	/** What the learner's log says about one person, in time order: the analyst's raw material. */
	public List<Entry> about(long accountId, int subjectId) {
		return jdbc.sql("SELECT " + COLUMNS
						+ " FROM REGISTRY_QUERY WHERE ACCOUNT_ID = ? AND SUBJECT_ID = ? ORDER BY AT, ID")
				.params(accountId, subjectId)
				.query(QueryLog::map)
				.list();
	}

	@Override
	public List<RegistryQuery> queriesAbout(long accountId, int subjectId) {
		return about(accountId, subjectId).stream().map(Entry::asQuery).toList();
	}

	private static Entry map(ResultSet rs, int row) throws SQLException {
		String refused = rs.getString("REFUSED_FOR");
		return new Entry(
				rs.getLong("ID"),
				rs.getInt("SUBJECT_ID"),
				rs.getString("SUBJECT_NAME"),
				Agency.valueOf(rs.getString("AGENCY")),
				rs.getString("PLACE"),
				rs.getTimestamp("AT").toLocalDateTime(),
				DataCategory.split(rs.getString("CATEGORIES")),
				rs.getString("PURPOSE"),
				RegistryQuery.Need.valueOf(rs.getString("NEED")),
				RegistryQuery.Mode.valueOf(rs.getString("ANSWER_MODE")),
				rs.getBoolean("ALLOWED"),
				Optional.ofNullable(refused).map(DataCategory::valueOf));
	}

	/** Clearing empties the learner's log, so the week can be lived again. */
	@Component
	static final class Part implements SandboxPart {

		private final JdbcClient jdbc;

		Part(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String id() {
			return "registry.query-log";
		}

		@Override
		public void clear(long accountId) {
			jdbc.sql("DELETE FROM REGISTRY_QUERY WHERE ACCOUNT_ID = ?")
					.param(accountId)
					.update();
		}
	}
}
