package org.consentlab.labs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.consentlab.support.Classroom;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A classmate's right answer does not pass for you: two learners of one class solve every task
 * with an answer field, and each of B's right answers is tried for A first. (A task without an
 * answer field reads the learner's own logs and stores; there is nothing to pass around.) Only the tasks listed in {@link #SHARED_FACTS} are about a fact that the class,
 * or a group of it, shares, and {@link #FREE_TEXT} tasks are read by a person, not matched. The two
 * seeds are fixed, so the test repeats; they were not chosen to make any task pass.
 */
class CopiedAnswerTests {

	/** Tasks whose answer is a fact of the course, shared by everyone or a group, and why. */
	static final Map<String, String> SHARED_FACTS = Map.of(
			"L0.fingerprint-parties", "the access policy of a simulated year, the same for everyone in that year",
			"L1.readers", "every party of a year's policy reads passport or face, which everyone enrolled holds",
			"L9.matched", "which check stops which attack: a fact of the verifier (the attacks must be one's own)",
			"L13.refused", "which check stops which forgery: a fact of the wallet (the refusal must be one's own)",
			"L3.fnir", "the model's miss rate at the target threshold: about the same for every seed of one target");

	/** Free-text tasks: an instructor reads them (L12's argument is graded on a rubric). */
	static final java.util.Set<String> FREE_TEXT = java.util.Set.of(
			"L0.reflection",
			"L1.reflection",
			"L2.reflection",
			"L3.reflection",
			"L4.reflection",
			"L5.reflection",
			"L6.reflection",
			"L7.reflection",
			"L8.reflection",
			"L9.reflection",
			"L10.reflection",
			"L11.reflection",
			"L12.reflection",
			"L13.reflection",
			"L12.argument");

	private static final long SEED_A = 0x5EED_A11CEL;

	private static final long SEED_B = 0x5EED_B0B0L;

	private static RunningApp app;

	@BeforeAll
	static void start() {
		app = RunningApp.sharedClassroom();
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void everyTaskWhenGivenAClassmatesRightAnswerThenRejectsIt() {
		Classroom classroom = Classroom.create(app, "ms-copied");
		WebClient a = classroom.join("amara");
		WebClient b = classroom.join("bilal");
		JdbcClient jdbc = app.bean(JdbcClient.class);
		jdbc.sql("UPDATE ACCOUNT SET SEED = ? WHERE USERNAME = ?")
				.params(SEED_A, "amara")
				.update();
		jdbc.sql("UPDATE ACCOUNT SET SEED = ? WHERE USERNAME = ?")
				.params(SEED_B, "bilal")
				.update();
		List<String> copied = new ArrayList<>();
		for (Lab lab : app.bean(LabCatalogue.class).all()) {
			for (Task task : lab.tasks()) {
				TaskSolver solver = TaskSolvers.ALL.get(task.id());
				if (task.answer() == Task.AnswerKind.NONE) {
					// Nothing to pass around: the check reads the learner's own state, whatever is typed.
					solver.prepare(b);
					solver.prepare(a);
				} else {
					solver.prepare(b);
					String theirs = solver.right(b);
					assertThat(passes(b, lab, task, theirs))
							.as("%s solved by B", task.id())
							.isTrue();
					solver.prepare(a);
					if (passes(a, lab, task, theirs)
							&& !SHARED_FACTS.containsKey(task.id())
							&& !FREE_TEXT.contains(task.id())) {
						copied.add(task.id());
					}
				}
				assertThat(passes(a, lab, task, solver.right(a)))
						.as("%s solved by A", task.id())
						.isTrue();
			}
		}
		java.util.Set<String> declared = new java.util.HashSet<>();
		app.bean(LabCatalogue.class).all().forEach(lab -> lab.tasks().forEach(t -> declared.add(t.id())));
		assertThat(declared)
				.as("listed tasks exist")
				.containsAll(SHARED_FACTS.keySet())
				.containsAll(FREE_TEXT);
		assertThat(copied).as("tasks where B's right answer passed for A").isEmpty();
	}

	private static boolean passes(WebClient learner, Lab lab, Task task, String answer) {
		learner.get("/labs/" + lab.id());
		learner.post("/labs/" + lab.id() + "/tasks/" + task.id(), "answer", answer);
		return learner.get("/labs/" + lab.id()).body().contains("class=\"feedback ok\"");
	}
}
