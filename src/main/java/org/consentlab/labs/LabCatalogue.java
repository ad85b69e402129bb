package org.consentlab.labs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.consentlab.sandbox.Sandboxes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every lab, loaded once at start-up from {@code labs/<folder>/lab.md} on the class path, and bound
 * to its checks by task id. Start-up fails, naming the culprit, when a lab does not parse, a task
 * has no check, a check belongs to no task, or a lab's reset names a sandbox part that no world has.
 */
@Component
public class LabCatalogue {

	private final Map<String, Lab> labs;

	private final Map<String, TaskCheck> checks;

	@Autowired
	public LabCatalogue(List<TaskCheck> checks, Sandboxes sandboxes) {
		this(load("classpath*:labs/*/lab.md"), checks, sandboxes.ids());
	}

	/** @param partIds the ids of every sandbox part, which the labs' resets may name */
	LabCatalogue(List<Lab> labs, List<TaskCheck> checks, Set<String> partIds) {
		Map<String, Lab> byId = new LinkedHashMap<>();
		labs.stream().sorted(Comparator.comparingInt(Lab::number)).forEach(lab -> {
			if (byId.put(lab.id(), lab) != null) {
				throw new LabFormatException(lab.id(), "two labs have this id");
			}
		});
		this.labs = byId;
		this.checks = bind(byId.values(), checks);
		checkResets(byId.values(), partIds);
	}

	public List<Lab> all() {
		return List.copyOf(labs.values());
	}

	public Optional<Lab> find(String id) {
		return Optional.ofNullable(labs.get(id));
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

	static List<Lab> load(String pattern) {
		LabParser parser = new LabParser();
		List<Lab> labs = new ArrayList<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
				try (InputStream in = resource.getInputStream()) {
					labs.add(parser.parse(
							resource.getDescription(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
				}
			}
		} catch (IOException e) {
			throw new LabFormatException(pattern, "cannot read labs", e);
		}
		return labs;
	}
}
