package org.consentlab.classroom;

import java.util.List;
import java.util.Map;
import org.consentlab.account.Account;
import org.consentlab.account.Accounts;
import org.consentlab.labs.Lab;
import org.consentlab.labs.LabCatalogue;
import org.consentlab.labs.LabProgress;
import org.consentlab.labs.TaskStatus;
import org.springframework.stereotype.Component;

/** The learners × tasks grid of one class, as the dashboard and the CSV export show it. */
@Component
public class Dashboard {

	private final Accounts accounts;

	private final LabCatalogue catalogue;

	private final LabProgress progress;

	Dashboard(Accounts accounts, LabCatalogue catalogue, LabProgress progress) {
		this.accounts = accounts;
		this.catalogue = catalogue;
		this.progress = progress;
	}

	Grid grid(Classroom classroom) {
		List<Account> learners = accounts.inClassroom(classroom.id());
		var statuses = progress.statuses(learners.stream().map(Account::id).toList());
		return new Grid(catalogue.all(), learners, statuses);
	}

	/** One class's progress: each learner's status on each task of each lab (public for the template). */
	public record Grid(List<Lab> labs, List<Account> learners, Map<Long, Map<String, TaskStatus>> statuses) {

		public TaskStatus status(Account learner, String taskId) {
			return statuses.getOrDefault(learner.id(), Map.of()).getOrDefault(taskId, TaskStatus.NOT_STARTED);
		}
	}
}
