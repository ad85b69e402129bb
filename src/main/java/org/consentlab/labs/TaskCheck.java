package org.consentlab.labs;

import java.util.Map;
import org.consentlab.account.Account;

/**
 * Decides whether a learner has done a task, by inspecting real state (a log, a wallet, a store)
 * or by comparing the answer with one computed from the learner's own seed. A check is bound to
 * its task by the id it returns, which must match a task declared in a lab's front matter;
 * start-up fails when the two drift apart (see {@link LabCatalogue}).
 */
public interface TaskCheck {

	/** The task this check decides, e.g. {@code L0.both-worlds}. */
	String taskId();

	/**
	 * @param learner whose sandbox to inspect
	 * @param answer what the learner typed, trimmed; empty for tasks without an answer field
	 */
	CheckResult check(Account learner, String answer);

	/**
	 * The learner's own values for the task's prompt, filled into its {@code {{name}}} placeholders:
	 * a salt to hash, a scenario to judge. They come from the learner's seed, so a classmate works on
	 * different values and their answer does not fit. Empty for tasks whose prompt is the same for all.
	 */
	default Map<String, String> parameters(Account learner) {
		return Map.of();
	}
}
