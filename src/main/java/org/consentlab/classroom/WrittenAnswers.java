package org.consentlab.classroom;

import java.util.List;
import java.util.Map;
import org.consentlab.account.Account;
import org.consentlab.labs.Lab;
import org.consentlab.labs.Task;
import org.consentlab.labs.WrittenGrades;

/**
 * One free-text task and what each learner of a class wrote for it, newest passed answer only.
 *
 * @param lab the task's lab, in the language of the instructor who reads the page
 * @param answers account id → answer; a learner without one has not written it yet
 * @param grades account id → the instructor's grade on the task's rubric, once given
 */
public record WrittenAnswers(
		Lab lab, Task task, List<Account> learners, Map<Long, String> answers, Map<Long, WrittenGrades.Grade> grades) {

	public WrittenAnswers {
		learners = List.copyOf(learners);
		answers = Map.copyOf(answers);
		grades = Map.copyOf(grades);
	}

	/** The top score on the rubric, two points per criterion; 0 when the task has no rubric. */
	public int maxScore() {
		return WrittenGrades.maxScore(task);
	}

	public WrittenGrades.Grade gradeOf(Account learner) {
		return grades.get(learner.id());
	}

	public String of(Account learner) {
		return answers.get(learner.id());
	}
}
