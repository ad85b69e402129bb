package org.consentlab.classroom;

import org.consentlab.account.Account;
import org.consentlab.labs.Lab;
import org.consentlab.labs.Task;
import org.consentlab.labs.TaskStatus;

/** A class's progress as CSV (RFC 4180): one row per learner and task. */
final class ProgressCsv {

	private ProgressCsv() {}

	static String write(Dashboard.Grid grid) {
		StringBuilder csv = new StringBuilder("learner,lab,task,passed,attempts,hints\r\n");
		for (Account learner : grid.learners()) {
			for (Lab lab : grid.labs()) {
				for (Task task : lab.tasks()) {
					TaskStatus status = grid.status(learner, task.id());
					csv.append(field(learner.username()))
							.append(',')
							.append(lab.id())
							.append(',')
							.append(task.id())
							.append(',')
							.append(status.passed())
							.append(',')
							.append(status.attempts())
							.append(',')
							.append(status.hintsShown())
							.append("\r\n");
				}
			}
		}
		return csv.toString();
	}

	/** Quotes a field and defuses spreadsheet formulas (a username such as {@code =cmd()}). */
	static String field(String value) {
		String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}
}
