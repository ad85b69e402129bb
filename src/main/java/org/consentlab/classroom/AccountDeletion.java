package org.consentlab.classroom;

import java.util.List;
import org.consentlab.account.Account;
import org.consentlab.account.AccountDeleted;
import org.consentlab.account.AccountSessions;
import org.consentlab.account.Accounts;
import org.consentlab.sandbox.Sandboxes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes a person and everything of theirs (GDPR art. 17; security review I3), in one transaction:
 * every world's sandbox parts are cleared, {@link AccountDeleted} lets each world forget the rest,
 * then the platform's own rows and the account go, and every session of the account ends.
 * {@code AccountDeletionTests} fails when a table that refers to accounts keeps a row.
 */
@Service
class AccountDeletion {

	/** The platform's tables (migration V1) that hold rows of an account, beside the worlds' parts. */
	private static final List<String> OWN_TABLES =
			List.of("TASK_ATTEMPT", "HINT_REVEAL", "WORLD_VISIT", "CLASSROOM_INSTRUCTOR");

	private final Sandboxes sandboxes;

	private final ApplicationEventPublisher events;

	private final Accounts accounts;

	private final AccountSessions sessions;

	private final Classrooms classrooms;

	private final JdbcClient jdbc;

	AccountDeletion(
			Sandboxes sandboxes,
			ApplicationEventPublisher events,
			Accounts accounts,
			AccountSessions sessions,
			Classrooms classrooms,
			JdbcClient jdbc) {
		this.sandboxes = sandboxes;
		this.events = events;
		this.accounts = accounts;
		this.sessions = sessions;
		this.classrooms = classrooms;
		this.jdbc = jdbc;
	}

	@Transactional
	public void delete(Account account) {
		sandboxes.clear(account.id(), sandboxes.ids());
		events.publishEvent(new AccountDeleted(account.id()));
		for (String table : OWN_TABLES) {
			jdbc.sql("DELETE FROM " + table + " WHERE ACCOUNT_ID = ?")
					.param(account.id())
					.update();
		}
		sessions.endAllExcept(account, null);
		accounts.delete(account.id());
	}

	/** Deletes a class: each of its learners as above, then the class with its links and settings. */
	@Transactional
	public int deleteClass(Classroom classroom) {
		List<Account> learners = accounts.inClassroom(classroom.id());
		learners.forEach(this::delete);
		classrooms.delete(classroom.id());
		return learners.size();
	}
}
