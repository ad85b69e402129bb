package org.consentlab.labs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.consentlab.account.Accounts;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.consentlab.web.Languages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Solves every task of every lab end to end over real HTTP: a wrong attempt fails with feedback,
 * the right one passes, and the stored progress says so. No lab can silently become unsolvable, in
 * any of the course's languages: the run is repeated for each, on a fresh app, with the learner
 * having chosen that language on the language switch.
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

	static List<String> languages() {
		return Languages.all().stream().map(Locale::toLanguageTag).toList();
	}

	@ParameterizedTest(name = "in {0}")
	@MethodSource("languages")
	void everyTaskFailsWhenWrongThenPassesWhenRight(String language) {
		if (Languages.isOriginal(Locale.forLanguageTag(language))) {
			solveAll(app, language);
		} else {
			try (RunningApp fresh = RunningApp.solo()) {
				solveAll(fresh, language);
			}
		}
	}

	private void solveAll(RunningApp running, String language) {
		WebClient learner = new WebClient(running);
		learner.get("/labs");
		assertThat(learner.post("/language", "lang", language, "back", "/labs").statusCode())
				.isEqualTo(302);
		assertThat(learner.get("/labs/L0").body()).contains("<html lang=\"" + language + "\"");
		long accountId =
				running.bean(Accounts.class).byUsername("solo").orElseThrow().id();
		for (Lab lab : running.bean(LabCatalogue.class).all()) {
			for (Task task : lab.tasks()) {
				TaskSolver solver = TaskSolvers.ALL.get(task.id());
				if (task.answer() == Task.AnswerKind.NONE) {
					assertFeedback(attempt(learner, lab, task, solver.wrong(learner)), false, task);
				}
				solver.prepare(learner);
				if (task.answer() != Task.AnswerKind.NONE) {
					assertFeedback(attempt(learner, lab, task, solver.wrong(learner)), false, task);
				}
				assertThat(status(running, accountId, task).passed())
						.as("%s passed after a wrong answer (%s)", task.id(), language)
						.isFalse();
				assertFeedback(attempt(learner, lab, task, solver.right(learner)), true, task);
				assertThat(status(running, accountId, task).passed())
						.as("%s stored as passed (%s)", task.id(), language)
						.isTrue();
			}
		}
	}

	private static TaskStatus status(RunningApp app, long accountId, Task task) {
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
