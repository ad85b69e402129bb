package org.consentlab.labs;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consentlab.account.Account;
import org.consentlab.labs.ProgressEvent.HintRevealed;
import org.consentlab.labs.ProgressEvent.LabReset;
import org.consentlab.labs.ProgressEvent.TaskAttempted;
import org.consentlab.sandbox.Sandboxes;
import org.consentlab.web.BadInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what learners do with tasks: every attempt with its verdict, and every hint shown. Each
 * change is one transaction, and its event is published inside it so listeners that wait for the
 * commit never see a change that was rolled back.
 */
@Service
public class LabProgress {

	/** The longest answer stored; longer ones are refused, not cut. */
	public static final int MAX_ANSWER_CHARS = 4000;

	private final JdbcClient jdbc;

	private final LabCatalogue catalogue;

	private final Sandboxes sandboxes;

	private final ApplicationEventPublisher events;

	LabProgress(JdbcClient jdbc, LabCatalogue catalogue, Sandboxes sandboxes, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.sandboxes = sandboxes;
		this.events = events;
	}

	@Transactional
	public CheckResult attempt(Account learner, Lab lab, Task task, String answer) {
		String trimmed = answer == null ? "" : answer.strip();
		if (trimmed.length() > MAX_ANSWER_CHARS) {
			throw new BadInputException("answer", "error.answer.too-long");
		}
		if (task.answer() != Task.AnswerKind.NONE && trimmed.isEmpty()) {
			throw new BadInputException("answer", "error.answer.empty");
		}
		if (task.attempts() > 0
				&& wrongAttempts(learner.id(), task.id()) >= task.attempts()
				&& !passed(learner.id(), task.id())) {
			return CheckResult.fail("check.attempts.used", task.attempts());
		}
		CheckResult result = catalogue.checkFor(task).check(learner, trimmed);
		jdbc.sql(
						"INSERT INTO TASK_ATTEMPT (ACCOUNT_ID, LAB_ID, TASK_ID, ANSWER, PASSED, FEEDBACK, AT) VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(learner.id(), lab.id(), task.id(), trimmed, result.passed(), result.feedbackKey(), now())
				.update();
		events.publishEvent(
				new TaskAttempted(learner.id(), learner.classroomId(), lab.id(), task.id(), result.passed()));
		return result;
	}

	private int wrongAttempts(long accountId, String taskId) {
		return jdbc.sql("SELECT COUNT(*) FROM TASK_ATTEMPT WHERE ACCOUNT_ID = ? AND TASK_ID = ? AND NOT PASSED")
				.params(accountId, taskId)
				.query(Integer.class)
				.single();
	}

	private boolean passed(long accountId, String taskId) {
		return jdbc.sql("SELECT COUNT(*) FROM TASK_ATTEMPT WHERE ACCOUNT_ID = ? AND TASK_ID = ? AND PASSED")
						.params(accountId, taskId)
						.query(Integer.class)
						.single()
				> 0;
	}

	/** Shows the next hint, if any is left, and returns how many are now shown. */
	@Transactional
	public int revealHint(Account learner, Lab lab, Task task) {
		int shown = hintsShown(learner.id(), task.id());
		if (shown >= task.hints().size()) {
			return shown;
		}
		int updated = jdbc.sql("UPDATE HINT_REVEAL SET HINTS_SHOWN = ? WHERE ACCOUNT_ID = ? AND TASK_ID = ?")
				.params(shown + 1, learner.id(), task.id())
				.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO HINT_REVEAL (ACCOUNT_ID, LAB_ID, TASK_ID, HINTS_SHOWN) VALUES (?, ?, ?, ?)")
					.params(learner.id(), lab.id(), task.id(), shown + 1)
					.update();
		}
		events.publishEvent(new HintRevealed(learner.id(), learner.classroomId(), lab.id(), task.id(), shown + 1));
		return shown + 1;
	}

	public int hintsShown(long accountId, String taskId) {
		return jdbc.sql("SELECT HINTS_SHOWN FROM HINT_REVEAL WHERE ACCOUNT_ID = ? AND TASK_ID = ?")
				.params(accountId, taskId)
				.query(Integer.class)
				.optional()
				.orElse(0);
	}

	/** Each task's status for the given learners: account id → task id → status. */
	public Map<Long, Map<String, TaskStatus>> statuses(List<Long> accountIds) {
		Map<Long, Map<String, TaskStatus>> grid = new HashMap<>();
		if (accountIds.isEmpty()) {
			return grid;
		}
		String in = String.join(",", accountIds.stream().map(id -> "?").toList());
		jdbc.sql("SELECT ACCOUNT_ID, TASK_ID, COUNT(*) AS N, MAX(CASE WHEN PASSED THEN 1 ELSE 0 END) AS OK "
						+ "FROM TASK_ATTEMPT WHERE ACCOUNT_ID IN (" + in + ") GROUP BY ACCOUNT_ID, TASK_ID")
				.params(List.copyOf(accountIds))
				.query(rs -> {
					grid.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
							.put(rs.getString(2), new TaskStatus(rs.getInt(4) == 1, rs.getInt(3), 0));
				});
		jdbc.sql("SELECT ACCOUNT_ID, TASK_ID, HINTS_SHOWN FROM HINT_REVEAL WHERE ACCOUNT_ID IN (" + in + ")")
				.params(List.copyOf(accountIds))
				.query(rs -> {
					Map<String, TaskStatus> row = grid.computeIfAbsent(rs.getLong(1), k -> new HashMap<>());
					TaskStatus old = row.getOrDefault(rs.getString(2), TaskStatus.NOT_STARTED);
					row.put(rs.getString(2), new TaskStatus(old.passed(), old.attempts(), rs.getInt(3)));
				});
		return grid;
	}

	/**
	 * The newest passed answer of each given learner to one task: what an instructor reads for the
	 * tasks the app cannot grade, such as L12's written argument. account id → answer.
	 */
	public Map<Long, String> latestPassedAnswers(List<Long> accountIds, String taskId) {
		Map<Long, String> answers = new HashMap<>();
		if (accountIds.isEmpty()) {
			return answers;
		}
		String in = String.join(",", accountIds.stream().map(id -> "?").toList());
		List<Object> params = new java.util.ArrayList<>(accountIds);
		params.add(taskId);
		jdbc.sql("SELECT ACCOUNT_ID, ANSWER FROM TASK_ATTEMPT WHERE ACCOUNT_ID IN (" + in + ") AND TASK_ID = ? "
						+ "AND PASSED ORDER BY ID")
				.params(params)
				.query(rs -> {
					answers.put(rs.getLong(1), rs.getString(2));
				});
		return answers;
	}

	public Map<String, TaskStatus> statuses(long accountId) {
		return statuses(List.of(accountId)).getOrDefault(accountId, Map.of());
	}

	/**
	 * Forgets one learner's attempts and hints for one lab, and clears the sandbox parts the lab's
	 * front matter names, all in one transaction. The event only tells the classroom dashboard.
	 */
	@Transactional
	public void reset(Account learner, String labId) {
		Lab lab = catalogue.find(labId).orElseThrow(() -> new IllegalArgumentException("No lab is called " + labId));
		jdbc.sql("DELETE FROM TASK_ATTEMPT WHERE ACCOUNT_ID = ? AND LAB_ID = ?")
				.params(learner.id(), labId)
				.update();
		jdbc.sql("DELETE FROM HINT_REVEAL WHERE ACCOUNT_ID = ? AND LAB_ID = ?")
				.params(learner.id(), labId)
				.update();
		sandboxes.clear(learner.id(), lab.resets());
		events.publishEvent(new LabReset(learner.id(), learner.classroomId(), labId));
	}

	/**
	 * Clears the sandbox parts a lab's front matter names for one learner, so they can try the lab
	 * again (a landlord who already learned too much, a revoked permit), and keeps their progress:
	 * what they passed, they did.
	 */
	@Transactional
	public void clearWorld(Account learner, Lab lab) {
		sandboxes.clear(learner.id(), lab.resets());
	}

	private static Timestamp now() {
		return Timestamp.from(Instant.now());
	}
}
