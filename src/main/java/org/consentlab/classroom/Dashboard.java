package org.consentlab.classroom;

import java.util.List;
import java.util.Locale;
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

	/** The grid as a page shows it: the labs' titles in the reader's language. */
	Grid grid(Classroom classroom, Locale language) {
		return grid(classroom, catalogue.all(language));
	}

	/**
	 * The grid for the CSV export, which holds lab and task ids only: its columns stay the same
	 * whoever downloads it, so a spreadsheet or script built on one export reads the next.
	 */
	Grid grid(Classroom classroom) {
		return grid(classroom, catalogue.all());
	}

	private Grid grid(Classroom classroom, List<Lab> labs) {
		List<Account> learners = accounts.inClassroom(classroom.id());
		var statuses = progress.statuses(learners.stream().map(Account::id).toList());
		return new Grid(labs, learners, statuses);
	}

	/** One class's progress: each learner's status on each task of each lab (public for the template). */
	public record Grid(List<Lab> labs, List<Account> learners, Map<Long, Map<String, TaskStatus>> statuses) {

		public TaskStatus status(Account learner, String taskId) {
			return statuses.getOrDefault(learner.id(), Map.of()).getOrDefault(taskId, TaskStatus.NOT_STARTED);
		}
	}
}
