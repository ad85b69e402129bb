package org.consentlab.labs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A lab's translation ({@code lab.ru.md} beside {@code lab.md}) changes words, never what the checks
 * and the progress records rely on: the same lab id, world, minutes, difficulty, prerequisites,
 * resets and owned routes; the same tasks in the same order with the same ids, answer kinds,
 * attempt limits and numbers of hints and rubric criteria; as many objectives. Start-up fails,
 * naming the file and the id, when a translation differs, so a learner in either language does the
 * same lab and their progress means the same thing.
 */
final class LabTranslations {

	private LabTranslations() {}

	/**
	 * @param originals the labs in the original language, by folder
	 * @param translations one language's labs, by folder, each with the file it came from
	 * @return the translated labs by lab id
	 */
	static Map<String, Lab> match(Map<String, Lab> originals, Map<String, Sourced> translations) {
		Map<String, Lab> byId = new LinkedHashMap<>();
		translations.forEach((folder, translated) -> {
			Lab original = originals.get(folder);
			if (original == null) {
				throw new LabFormatException(translated.source(), "a translation of no lab: the folder has no lab.md");
			}
			List<String> differences = differences(original, translated.lab());
			if (!differences.isEmpty()) {
				throw new LabFormatException(
						translated.source(),
						"differs from lab.md of " + original.id() + " where a translation must not: "
								+ String.join("; ", differences));
			}
			byId.put(original.id(), translated.lab());
		});
		return byId;
	}

	/** What the translation changed that it must keep, each naming the lab or task and both values. */
	static List<String> differences(Lab original, Lab translated) {
		List<String> found = new ArrayList<>();
		String lab = "lab " + original.id();
		compare(found, lab, "id", original.id(), translated.id());
		compare(found, lab, "world", original.world(), translated.world());
		compare(found, lab, "minutes", original.minutes(), translated.minutes());
		compare(found, lab, "difficulty", original.difficulty(), translated.difficulty());
		compare(found, lab, "prerequisites", original.prerequisites(), translated.prerequisites());
		compare(found, lab, "resets", original.resets(), translated.resets());
		compare(found, lab, "owns", original.owns(), translated.owns());
		compare(
				found,
				lab,
				"number of objectives",
				original.objectives().size(),
				translated.objectives().size());
		List<String> ids = original.tasks().stream().map(Task::id).toList();
		List<String> translatedIds = translated.tasks().stream().map(Task::id).toList();
		if (!ids.equals(translatedIds)) {
			found.add(lab + ": task ids " + translatedIds + " instead of " + ids);
			return found;
		}
		for (int i = 0; i < ids.size(); i++) {
			Task task = original.tasks().get(i);
			Task other = translated.tasks().get(i);
			String name = "task " + task.id();
			compare(found, name, "answer", lower(task.answer()), lower(other.answer()));
			compare(found, name, "attempts", task.attempts(), other.attempts());
			compare(
					found,
					name,
					"number of hints",
					task.hints().size(),
					other.hints().size());
			compare(
					found,
					name,
					"number of rubric criteria",
					task.rubric().size(),
					other.rubric().size());
		}
		return found;
	}

	private static void compare(List<String> found, String where, String what, Object original, Object translated) {
		if (!Objects.equals(original, translated)) {
			found.add(where + ": " + what + " is " + translated + " instead of " + original);
		}
	}

	private static String lower(Task.AnswerKind kind) {
		return kind.name().toLowerCase(Locale.ROOT);
	}

	/** A parsed lab and the file it was read from, for error messages. */
	record Sourced(String source, Lab lab) {}
}
