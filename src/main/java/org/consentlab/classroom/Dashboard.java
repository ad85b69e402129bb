package org.consentlab.classroom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.consentlab.account.Account;
import org.consentlab.account.Accounts;
import org.consentlab.labs.Lab;
import org.consentlab.labs.LabCatalogue;
import org.consentlab.labs.LabProgress;
import org.consentlab.labs.Task;
import org.consentlab.labs.TaskStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The learners × tasks grid of one class, as the dashboard and the CSV export show it. */
@Component
public class Dashboard {

	private final Accounts accounts;

	private final LabCatalogue catalogue;

	private final LabProgress progress;

	private final MessageSource messages;

	Dashboard(Accounts accounts, LabCatalogue catalogue, LabProgress progress, MessageSource messages) {
		this.accounts = accounts;
		this.catalogue = catalogue;
		this.progress = progress;
		this.messages = messages;
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

	/**
	 * The grid's rows as the page shows them, each row's cells as HTML written here: a class of 500
	 * has 27,000 cells, and the template engine took about a third of a second to lay them out, on
	 * every refresh of a live dashboard. A few dozen statuses occur, each put in words once.
	 */
	List<Row> rows(Grid grid, Locale language) {
		List<String> tasks = grid.labs().stream()
				.flatMap(lab -> lab.tasks().stream())
				.map(Task::id)
				.toList();
		List<String> escapedTasks =
				tasks.stream().map(task -> HtmlUtils.htmlEscape(task, "UTF-8")).toList();
		Map<TaskStatus, String> worded = new HashMap<>();
		List<Row> rows = new ArrayList<>(grid.learners().size());
		for (Account learner : grid.learners()) {
			StringBuilder cells = new StringBuilder(4096);
			for (int i = 0; i < tasks.size(); i++) {
				TaskStatus status = grid.status(learner, tasks.get(i));
				String css = status.passed() ? " class=\"passed\"" : status.attempts() > 0 ? " class=\"tried\"" : "";
				cells.append("<td")
						.append(css)
						.append(" data-task=\"")
						.append(escapedTasks.get(i))
						.append("\">")
						.append(worded.computeIfAbsent(status, s -> HtmlUtils.htmlEscape(words(s, language), "UTF-8")))
						.append("</td>");
			}
			rows.add(new Row(learner, cells.toString()));
		}
		return rows;
	}

	private String words(TaskStatus status, Locale language) {
		String counts =
				messages.getMessage("class.cell", new Object[] {status.attempts(), status.hintsShown()}, language);
		return status.passed() ? messages.getMessage("class.cell.passed", null, language) + " · " + counts : counts;
	}

	/** One learner's row on the page: {@code cells} is escaped HTML, one {@code td} per task (public for the template). */
	public record Row(Account learner, String cells) {}

	/** One class's progress: each learner's status on each task of each lab (public for the template). */
	public record Grid(List<Lab> labs, List<Account> learners, Map<Long, Map<String, TaskStatus>> statuses) {

		public TaskStatus status(Account learner, String taskId) {
			return statuses.getOrDefault(learner.id(), Map.of()).getOrDefault(taskId, TaskStatus.NOT_STARTED);
		}
	}
}
