package org.consentlab.classroom;

import java.util.List;
import java.util.Map;
import org.consentlab.account.Account;
import org.consentlab.labs.Task;

/**
 * One free-text task and what each learner of a class wrote for it, newest passed answer only.
 *
 * @param answers account id → answer; a learner without one has not written it yet
 */
public record WrittenAnswers(Task task, List<Account> learners, Map<Long, String> answers) {

	public WrittenAnswers {
		learners = List.copyOf(learners);
		answers = Map.copyOf(answers);
	}

	public String of(Account learner) {
		return answers.get(learner.id());
	}
}
