package org.consentlab.labs;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consentlab.web.BadInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Instructors' grades of written answers: a score on the task's rubric (one to two points per
 * criterion) and a comment. The app cannot judge an argument; a person does, and the learner sees
 * the grade beside the task.
 */
@Service
public class WrittenGrades {

	/** The longest comment kept; a longer one is refused, not cut. */
	public static final int MAX_COMMENT_CHARS = 2000;

	/** Points per rubric criterion: 0 missing, 1 present, 2 convincing. */
	public static final int POINTS_PER_CRITERION = 2;

	/** One grade, as the learner sees it. */
	public record Grade(int score, int maxScore, String comment) {}

	private final JdbcClient jdbc;

	WrittenGrades(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The top score of a task: two points for each criterion of its rubric. */
	public static int maxScore(Task task) {
		return task.rubric().size() * POINTS_PER_CRITERION;
	}

	/** Records (or replaces) a grade; the caller has checked that the grader teaches this learner. */
	@Transactional
	public void grade(long accountId, Task task, int score, String comment, long graderId) {
		if (task.answer() != Task.AnswerKind.LONGTEXT || task.rubric().isEmpty()) {
			throw new BadInputException("task", "error.grade.not-graded");
		}
		String text = comment == null ? "" : comment.strip();
		if (score < 0 || score > maxScore(task)) {
			throw new BadInputException("score", "error.grade.score");
		}
		if (text.length() > MAX_COMMENT_CHARS) {
			throw new BadInputException("comment", "error.grade.comment");
		}
		jdbc.sql("DELETE FROM WRITTEN_GRADE WHERE ACCOUNT_ID = ? AND TASK_ID = ?")
				.params(accountId, task.id())
				.update();
		jdbc.sql("INSERT INTO WRITTEN_GRADE (ACCOUNT_ID, TASK_ID, SCORE, MAX_SCORE, COMMENT, GRADED_BY, GRADED_AT) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(accountId, task.id(), score, maxScore(task), text, graderId, Timestamp.from(Instant.now()))
				.update();
	}

	/** A learner's grades, by task id. */
	public Map<String, Grade> of(long accountId) {
		Map<String, Grade> grades = new HashMap<>();
		jdbc.sql("SELECT TASK_ID, SCORE, MAX_SCORE, COMMENT FROM WRITTEN_GRADE WHERE ACCOUNT_ID = ?")
				.params(accountId)
				.query(rs -> {
					grades.put(rs.getString(1), new Grade(rs.getInt(2), rs.getInt(3), rs.getString(4)));
				});
		return grades;
	}

	/** The grades of the given learners for one task: account id → grade. */
	public Map<Long, Grade> of(List<Long> accountIds, String taskId) {
		Map<Long, Grade> grades = new HashMap<>();
		for (Long id : accountIds) {
			Optional.ofNullable(of(id).get(taskId)).ifPresent(grade -> grades.put(id, grade));
		}
		return grades;
	}
}
