package org.consentlab.labs;

import java.util.List;
import java.util.Optional;

/**
 * A lab as loaded from {@code labs/<folder>/lab.md}: front matter plus rendered Markdown steps.
 *
 * @param world {@code both}, {@code registry}, {@code wallet} or {@code compare}
 * @param resets ids of the sandbox parts a reset of this lab clears (see
 * {@link org.consentlab.sandbox.SandboxPart}); empty when the lab leaves nothing behind
 * @param links every link target found in the lab's Markdown, checked by the content test
 * @param difficulty how hard the lab is, shown beside its time
 * @param prerequisites ids of the labs to do first, shown on the lab's page and checked by a test
 * @param owns path prefixes of the features only this lab uses: hiding the lab from a class closes
 * them to its learners too (see {@link HiddenLabRoutes}); shared features are owned by no lab
 */
public record Lab(
		String id,
		String title,
		String world,
		int minutes,
		List<String> objectives,
		List<String> resets,
		List<Task> tasks,
		String bodyHtml,
		List<String> links,
		Difficulty difficulty,
		List<String> prerequisites,
		List<String> owns) {

	/** How hard a lab is, in three steps, like the star ratings of other security labs. */
	public enum Difficulty {
		INTRODUCTORY,
		INTERMEDIATE,
		ADVANCED
	}

	public Lab {
		objectives = List.copyOf(objectives);
		prerequisites = List.copyOf(prerequisites);
		resets = List.copyOf(resets);
		tasks = List.copyOf(tasks);
		links = List.copyOf(links);
		owns = List.copyOf(owns);
		for (String route : owns) {
			if (!route.matches("/[a-z0-9/-]+")) {
				throw new IllegalArgumentException("'owns' holds path prefixes such as /registry/dna, not " + route);
			}
		}
	}

	/** Whether {@code path} is one of the features this lab owns (the prefix itself or below it). */
	public boolean owns(String path) {
		return owns.stream().anyMatch(route -> path.equals(route) || path.startsWith(route + "/"));
	}

	public Optional<Task> task(String taskId) {
		return tasks.stream().filter(t -> t.id().equals(taskId)).findFirst();
	}

	/** Labs sort by number: L0, L1, ... L12. */
	public int number() {
		return Integer.parseInt(id.substring(1));
	}
}
