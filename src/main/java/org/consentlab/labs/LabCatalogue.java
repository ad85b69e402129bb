package org.consentlab.labs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.consentlab.sandbox.Sandboxes;
import org.consentlab.web.Languages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every lab, loaded once at start-up from {@code labs/<folder>/lab.md} on the class path, and bound
 * to its checks by task id; beside each, its translations ({@code lab.ru.md}), which a learner
 * reading that language is shown instead, file by file, the original wherever none exists.
 * Start-up fails, naming the culprit, when a lab does not parse, a task has no check, a check
 * belongs to no task, a lab's reset names a sandbox part that no world has, or a translation differs
 * from its original in anything but words ({@link LabTranslations}).
 */
@Component
public class LabCatalogue {

	static final String ROOT = "classpath*:labs/*/";

	private final Map<String, Lab> labs;

	private final Map<String, TaskCheck> checks;

	/** Per translated language, the labs translated into it, by lab id. */
	private final Map<Locale, Map<String, Lab>> translations;

	@Autowired
	public LabCatalogue(List<TaskCheck> checks, Sandboxes sandboxes) {
		this(ROOT, checks, sandboxes.ids());
	}

	/** @param root where the lab folders are, such as {@code classpath*:labs/*}{@code /} */
	LabCatalogue(String root, List<TaskCheck> checks, Set<String> partIds) {
		this(Files.under(root), checks, partIds);
	}

	private LabCatalogue(Files files, List<TaskCheck> checks, Set<String> partIds) {
		this(
				files.originals().values().stream()
						.map(LabTranslations.Sourced::lab)
						.toList(),
				checks,
				partIds,
				files.translations());
	}

	/** @param partIds the ids of every sandbox part, which the labs' resets may name */
	LabCatalogue(List<Lab> labs, List<TaskCheck> checks, Set<String> partIds) {
		this(labs, checks, partIds, Map.of());
	}

	private LabCatalogue(
			List<Lab> labs, List<TaskCheck> checks, Set<String> partIds, Map<Locale, Map<String, Lab>> translations) {
		Map<String, Lab> byId = new LinkedHashMap<>();
		labs.stream().sorted(Comparator.comparingInt(Lab::number)).forEach(lab -> {
			if (byId.put(lab.id(), lab) != null) {
				throw new LabFormatException(lab.id(), "two labs have this id");
			}
		});
		this.labs = byId;
		this.checks = bind(byId.values(), checks);
		checkResets(byId.values(), partIds);
		this.translations = Map.copyOf(translations);
	}

	/** Every lab in the original language: ids, tasks and checks, for code that does not show text. */
	public List<Lab> all() {
		return List.copyOf(labs.values());
	}

	public Optional<Lab> find(String id) {
		return Optional.ofNullable(labs.get(id));
	}

	/** Every lab as a reader of {@code language} sees it: translated where a translation exists. */
	public List<Lab> all(Locale language) {
		return labs.values().stream().map(lab -> in(lab, language)).toList();
	}

	/** The lab as a reader of {@code language} sees it: its translation, or the original if it has none. */
	public Optional<Lab> find(String id, Locale language) {
		return find(id).map(lab -> in(lab, language));
	}

	/** Whether a lab has a translation into {@code language}, for the content tests. */
	public boolean translated(String id, Locale language) {
		return translations
				.getOrDefault(Languages.supported(language), Map.of())
				.containsKey(id);
	}

	private Lab in(Lab lab, Locale language) {
		return translations
				.getOrDefault(Languages.supported(language), Map.of())
				.getOrDefault(lab.id(), lab);
	}

	public TaskCheck checkFor(Task task) {
		return checks.get(task.id());
	}

	private static Map<String, TaskCheck> bind(Iterable<Lab> labs, List<TaskCheck> checks) {
		Map<String, TaskCheck> byTask = new LinkedHashMap<>();
		for (TaskCheck check : checks) {
			if (byTask.put(check.taskId(), check) != null) {
				throw new LabFormatException(check.taskId(), "two checks claim this task");
			}
		}
		Set<String> declared = new HashSet<>();
		for (Lab lab : labs) {
			for (Task task : lab.tasks()) {
				if (!task.id().startsWith(lab.id() + ".")) {
					throw new LabFormatException(lab.id(), "task " + task.id() + " must start with " + lab.id() + ".");
				}
				if (!declared.add(task.id())) {
					throw new LabFormatException(lab.id(), "task " + task.id() + " is declared twice");
				}
				// Every lab's closing reflection is free text a person reads: one check for all of them.
				if (task.id().equals(lab.id() + ".reflection") && task.answer() == Task.AnswerKind.LONGTEXT) {
					byTask.putIfAbsent(task.id(), new ReflectionCheck(task.id()));
				}
				if (!byTask.containsKey(task.id())) {
					throw new LabFormatException(lab.id(), "task " + task.id() + " has no check");
				}
			}
		}
		Set<String> orphans = new TreeSet<>(byTask.keySet());
		orphans.removeAll(declared);
		if (!orphans.isEmpty()) {
			throw new LabFormatException(orphans.toString(), "checks that no lab declares");
		}
		return byTask;
	}

	private static void checkResets(Iterable<Lab> labs, Set<String> partIds) {
		for (Lab lab : labs) {
			for (String part : lab.resets()) {
				if (!partIds.contains(part)) {
					throw new LabFormatException(
							lab.id(),
							"resets names sandbox part '" + part + "', which no world has; known parts: "
									+ new TreeSet<>(partIds));
				}
			}
		}
	}

	/** The lab files under a root: the originals and, per translated language, its translations, by folder. */
	private record Files(Map<String, LabTranslations.Sourced> originals, Map<Locale, Map<String, Lab>> translations) {

		static Files under(String root) {
			Map<String, LabTranslations.Sourced> originals = read(root + "lab.md");
			Map<String, Lab> byFolder = new LinkedHashMap<>();
			originals.forEach((folder, sourced) -> byFolder.put(folder, sourced.lab()));
			Map<Locale, Map<String, Lab>> translations = new LinkedHashMap<>();
			for (Locale language : Languages.translations()) {
				translations.put(
						language,
						LabTranslations.match(byFolder, read(root + "lab." + language.toLanguageTag() + ".md")));
			}
			return new Files(originals, translations);
		}
	}

	/** Every lab file a pattern finds, parsed, by the folder it is in. */
	static Map<String, LabTranslations.Sourced> read(String pattern) {
		LabParser parser = new LabParser();
		Map<String, LabTranslations.Sourced> labs = new LinkedHashMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
				try (InputStream in = resource.getInputStream()) {
					String source = resource.getDescription();
					Lab lab = parser.parse(source, new String(in.readAllBytes(), StandardCharsets.UTF_8));
					labs.put(folder(resource), new LabTranslations.Sourced(source, lab));
				}
			}
		} catch (IOException e) {
			throw new LabFormatException(pattern, "cannot read labs", e);
		}
		return labs;
	}

	/** The folder a lab file is in, the same string for a lab and its translations. */
	private static String folder(Resource resource) throws IOException {
		String url = resource.getURL().toString();
		return url.substring(0, url.lastIndexOf('/'));
	}
}
