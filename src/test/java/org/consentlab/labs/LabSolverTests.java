package org.consentlab.labs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.consentlab.account.Accounts;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Solves every task of every lab end to end over real HTTP: a wrong attempt fails with feedback,
 * the right one passes, and the stored progress says so. No lab can silently become unsolvable.
 */
class LabSolverTests {

	private static RunningApp app;

	@BeforeAll
	static void start() {
		app = RunningApp.solo();
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void everyTaskHasASolver() {
		app.bean(LabCatalogue.class)
				.all()
				.forEach(lab -> lab.tasks()
						.forEach(task -> assertThat(TaskSolvers.ALL)
								.as("solver for %s", task.id())
								.containsKey(task.id())));
	}

	/** The instructors' walkthrough says in words what each solver does: a task without a section fails here. */
	@Test
	void everyTaskHasAWalkthroughSection() {
		Walkthroughs walkthroughs = app.bean(Walkthroughs.class);
		app.bean(LabCatalogue.class).all().forEach(lab -> {
			String text =
					walkthroughs.of(lab.id()).orElseThrow(() -> new AssertionError("no walkthrough for " + lab.id()));
			lab.tasks()
					.forEach(task ->
							assertThat(text).as("walkthrough of %s", lab.id()).contains("\n## " + task.id() + "\n"));
		});
	}

	@Test
	void everyTaskFailsWhenWrongThenPassesWhenRight() {
		WebClient learner = new WebClient(app);
		long accountId =
				app.bean(Accounts.class).byUsername("solo").orElseThrow().id();
		for (Lab lab : app.bean(LabCatalogue.class).all()) {
			for (Task task : lab.tasks()) {
				TaskSolver solver = TaskSolvers.ALL.get(task.id());
				if (task.answer() == Task.AnswerKind.NONE) {
					assertFeedback(attempt(learner, lab, task, solver.wrong(learner)), false, task);
				}
				solver.prepare(learner);
				if (task.answer() != Task.AnswerKind.NONE) {
					assertFeedback(attempt(learner, lab, task, solver.wrong(learner)), false, task);
				}
				assertThat(status(accountId, task).passed())
						.as("%s passed after a wrong answer", task.id())
						.isFalse();
				assertFeedback(attempt(learner, lab, task, solver.right(learner)), true, task);
				assertThat(status(accountId, task).passed())
						.as("%s stored as passed", task.id())
						.isTrue();
			}
		}
	}

	private TaskStatus status(long accountId, Task task) {
		Map<String, TaskStatus> statuses = app.bean(LabProgress.class).statuses(accountId);
		return statuses.getOrDefault(task.id(), TaskStatus.NOT_STARTED);
	}

	private static String attempt(WebClient learner, Lab lab, Task task, String answer) {
		learner.get("/labs/" + lab.id());
		HttpResponse<String> response = learner.post("/labs/" + lab.id() + "/tasks/" + task.id(), "answer", answer);
		assertThat(response.statusCode()).as("answer to %s", task.id()).isEqualTo(302);
		return learner.get("/labs/" + lab.id()).body();
	}

	private static void assertFeedback(String page, boolean passed, Task task) {
		assertThat(page)
				.as("feedback on %s", task.id())
				.contains(passed ? "class=\"feedback ok\"" : "class=\"feedback not-yet\"");
	}
}
