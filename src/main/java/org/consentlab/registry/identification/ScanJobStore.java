package org.consentlab.registry.identification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lab L3's searches in the database, so that every instance behind a load balancer can show a
 * search started on another: state, place in line, progress and, at the end, the candidates. The
 * instance running a search writes; any instance reads, and may cancel by ending the row, which
 * the running instance notices at its next progress write. A learner has one row at most: a new
 * search replaces their ended one.
 */
@Component
class ScanJobStore {

	/** The states of a search that has not ended. */
	private static final String UNFINISHED = "STATE IN ('QUEUED', 'POPULATION', 'TEMPLATES', 'SEARCH')";

	private static final String COLUMNS = "ID, ACCOUNT_ID, MODALITY, GALLERY, THRESHOLD, PROBE, SELF_INDEX, STATE, "
			+ "INSTANCE, QUEUE_SEQ, DONE, TOTAL, CREATED_AT, HEARTBEAT_AT, COMPARED, FOUND_SELF, FALSE_CANDIDATES, HITS";

	/** Longest name stored with a candidate. */
	private static final int MAX_NAME = 120;

	/** One row as read back. */
	record Row(
			String id,
			long accountId,
			ScanJob.Request request,
			int selfIndex,
			ScanJob.State state,
			String instance,
			long queueSeq,
			long done,
			long total,
			Instant created,
			Instant heartbeat,
			ScanJob.Outcome outcome) {}

	private final JdbcClient jdbc;

	ScanJobStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a new search waiting in line on {@code instance}, replacing the learner's ended one. */
	void insert(ScanJob job, String instance) {
		jdbc.sql("DELETE FROM REGISTRY_SCAN_JOB WHERE ACCOUNT_ID = ? AND NOT " + UNFINISHED)
				.param(job.accountId)
				.update();
		Timestamp now = Timestamp.from(job.created);
		jdbc.sql("INSERT INTO REGISTRY_SCAN_JOB (ID, ACCOUNT_ID, MODALITY, GALLERY, THRESHOLD, PROBE, SELF_INDEX, "
						+ "STATE, INSTANCE, QUEUE_SEQ, DONE, TOTAL, CREATED_AT, HEARTBEAT_AT) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, 0, 0, ?, ?)")
				.params(
						job.id,
						job.accountId,
						job.request.modality().name(),
						job.request.gallery(),
						job.request.threshold(),
						job.request.probe().name(),
						job.selfIndex,
						instance,
						job.queueSeq,
						now,
						now)
				.update();
	}

	/** Whether the learner has a search that has not ended, on any instance. */
	boolean hasUnfinished(long accountId) {
		return jdbc.sql("SELECT COUNT(*) FROM REGISTRY_SCAN_JOB WHERE ACCOUNT_ID = ? AND " + UNFINISHED)
						.param(accountId)
						.query(Long.class)
						.single()
				> 0;
	}

	/** The learner's search with this id, as the page shows it. */
	Optional<ScanView> find(long accountId, String id) {
		return row("WHERE ID = ? AND ACCOUNT_ID = ?", id, accountId).map(this::view);
	}

	/** The learner's latest search, as the page shows it. */
	Optional<ScanView> latest(long accountId) {
		return row("WHERE ACCOUNT_ID = ? ORDER BY CREATED_AT DESC", accountId).map(this::view);
	}

	/**
	 * Writes a running search's step and progress; false when its row has ended, gone or been taken
	 * over meanwhile (cancelled on another instance, the learner's lab reset, or this instance was
	 * silent so long that another took it), so the search should stop here.
	 */
	boolean progress(String id, String instance, ScanJob.State step, long done, long total, Instant now) {
		if (step.finished()) {
			throw new IllegalArgumentException("an end is written with its outcome, by finish");
		}
		return jdbc.sql("UPDATE REGISTRY_SCAN_JOB SET STATE = ?, DONE = ?, TOTAL = ?, HEARTBEAT_AT = ? WHERE ID = ? "
								+ "AND INSTANCE = ? AND "
								+ UNFINISHED)
						.params(step.name(), done, total, Timestamp.from(now), id, instance)
						.update()
				== 1;
	}

	/** Ends a search with its outcome (null unless DONE); false when it had ended or been taken over meanwhile. */
	boolean finish(String id, String instance, ScanJob.State end, ScanJob.Outcome outcome, Instant at) {
		return jdbc.sql("UPDATE REGISTRY_SCAN_JOB SET STATE = ?, FINISHED_AT = ?, HEARTBEAT_AT = ?, COMPARED = ?, "
								+ "FOUND_SELF = ?, FALSE_CANDIDATES = ?, HITS = ? WHERE ID = ? AND INSTANCE = ? AND "
								+ UNFINISHED)
						.params(
								end.name(),
								Timestamp.from(at),
								Timestamp.from(at),
								outcome == null ? null : outcome.compared(),
								outcome == null ? null : outcome.foundSelf(),
								outcome == null ? null : outcome.falseCandidates(),
								outcome == null ? null : encode(outcome.hits()),
								id,
								instance)
						.update()
				== 1;
	}

	/** Cancels the learner's search unless it has ended; true if this call ended it. */
	boolean cancel(long accountId, String id, Instant at) {
		return jdbc.sql(
								"UPDATE REGISTRY_SCAN_JOB SET STATE = 'CANCELLED', FINISHED_AT = ? WHERE ID = ? AND ACCOUNT_ID = ? AND "
										+ UNFINISHED)
						.params(Timestamp.from(at), id, accountId)
						.update()
				== 1;
	}

	/** Tells the other instances that {@code instance} still runs its searches. */
	void heartbeat(String instance, Instant now) {
		jdbc.sql("UPDATE REGISTRY_SCAN_JOB SET HEARTBEAT_AT = ? WHERE INSTANCE = ? AND " + UNFINISHED)
				.params(Timestamp.from(now), instance)
				.update();
	}

	/** The ids of the searches still waiting in line on {@code instance}. */
	Set<String> queuedOn(String instance) {
		return new HashSet<>(jdbc.sql("SELECT ID FROM REGISTRY_SCAN_JOB WHERE INSTANCE = ? AND STATE = 'QUEUED'")
				.param(instance)
				.query(String.class)
				.list());
	}

	/** Searches not ended whose instance has not been heard from since {@code before}. */
	List<Row> orphans(Instant before) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM REGISTRY_SCAN_JOB WHERE " + UNFINISHED
						+ " AND HEARTBEAT_AT < ? ORDER BY QUEUE_SEQ")
				.param(Timestamp.from(before))
				.query(ScanJobStore::row)
				.list();
	}

	/** Takes over an orphaned search, back in line on {@code instance}; false if another got it first. */
	boolean claim(Row orphan, String instance, long queueSeq, Instant now) {
		return jdbc.sql(
								"UPDATE REGISTRY_SCAN_JOB SET INSTANCE = ?, STATE = 'QUEUED', QUEUE_SEQ = ?, DONE = 0, TOTAL = 0, "
										+ "HEARTBEAT_AT = ? WHERE ID = ? AND INSTANCE = ? AND HEARTBEAT_AT = ? AND "
										+ UNFINISHED)
						.params(
								instance,
								queueSeq,
								Timestamp.from(now),
								orphan.id(),
								orphan.instance(),
								Timestamp.from(orphan.heartbeat()))
						.update()
				== 1;
	}

	/** Forgets the learner's searches, ended or not. */
	void deleteFor(long accountId) {
		jdbc.sql("DELETE FROM REGISTRY_SCAN_JOB WHERE ACCOUNT_ID = ?")
				.param(accountId)
				.update();
	}

	private Optional<Row> row(String where, Object... params) {
		return jdbc
				.sql("SELECT " + COLUMNS + " FROM REGISTRY_SCAN_JOB " + where)
				.params(params)
				.query(ScanJobStore::row)
				.list()
				.stream()
				.findFirst();
	}

	private ScanView view(Row row) {
		int position = 0;
		int waiting = 0;
		if (row.state() == ScanJob.State.QUEUED) {
			position = count("AND QUEUE_SEQ <= ?", row.instance(), row.queueSeq());
			waiting = count("", row.instance());
		}
		return ScanView.of(
				row.id(), row.state(), row.done(), row.total(), position, waiting, row.request(), row.outcome());
	}

	private int count(String and, Object... params) {
		return jdbc.sql("SELECT COUNT(*) FROM REGISTRY_SCAN_JOB WHERE INSTANCE = ? AND STATE = 'QUEUED' " + and)
				.params(params)
				.query(Long.class)
				.single()
				.intValue();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		ScanJob.Request request = new ScanJob.Request(
				Identification.Modality.valueOf(rs.getString("MODALITY")),
				rs.getInt("GALLERY"),
				rs.getDouble("THRESHOLD"),
				ScanJob.Probe.valueOf(rs.getString("PROBE")));
		ScanJob.State state = ScanJob.State.valueOf(rs.getString("STATE"));
		ScanJob.Outcome outcome = null;
		if (state == ScanJob.State.DONE) {
			outcome = new ScanJob.Outcome(
					decode(rs.getString("HITS")),
					rs.getLong("COMPARED"),
					rs.getBoolean("FOUND_SELF"),
					rs.getInt("FALSE_CANDIDATES"));
		}
		return new Row(
				rs.getString("ID"),
				rs.getLong("ACCOUNT_ID"),
				request,
				rs.getInt("SELF_INDEX"),
				state,
				rs.getString("INSTANCE"),
				rs.getLong("QUEUE_SEQ"),
				rs.getLong("DONE"),
				rs.getLong("TOTAL"),
				rs.getTimestamp("CREATED_AT").toInstant(),
				rs.getTimestamp("HEARTBEAT_AT").toInstant(),
				outcome);
	}

	/** One candidate a line: index, score, 1 if it is the learner, name (the population's names hold no tabs). */
	static String encode(List<ScanJob.Hit> hits) {
		StringBuilder out = new StringBuilder();
		for (ScanJob.Hit hit : hits) {
			String name = hit.name().replaceAll("[\\t\\r\\n]", " ");
			out.append(hit.galleryIndex())
					.append('\t')
					.append(hit.score())
					.append('\t')
					.append(hit.self() ? 1 : 0)
					.append('\t')
					.append(name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name)
					.append('\n');
		}
		return out.toString();
	}

	static List<ScanJob.Hit> decode(String text) {
		List<ScanJob.Hit> hits = new ArrayList<>();
		if (text == null) {
			return hits;
		}
		for (String line : text.split("\n")) {
			if (line.isEmpty()) {
				continue;
			}
			String[] f = line.split("\t", 4);
			hits.add(new ScanJob.Hit(Integer.parseInt(f[0]), f[3], Double.parseDouble(f[1]), "1".equals(f[2])));
		}
		return hits;
	}
}
