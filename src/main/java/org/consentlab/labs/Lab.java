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
		List<String> links) {

	public Lab {
		objectives = List.copyOf(objectives);
		resets = List.copyOf(resets);
		tasks = List.copyOf(tasks);
		links = List.copyOf(links);
	}

	public Optional<Task> task(String taskId) {
		return tasks.stream().filter(t -> t.id().equals(taskId)).findFirst();
	}

	/** Labs sort by number: L0, L1, ... L12. */
	public int number() {
		return Integer.parseInt(id.substring(1));
	}
}
