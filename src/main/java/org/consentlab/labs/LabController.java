package org.consentlab.labs;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.consentlab.account.Account;
import org.consentlab.account.CurrentAccount;
import org.consentlab.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The lab list, a lab's page, and the two things a learner does there: answer a task, ask for a hint. */
@Controller
class LabController {

	private final LabCatalogue catalogue;

	private final LabProgress progress;

	private final LabVisibility visibility;

	private final CurrentAccount current;

	private final FeedbackText feedback;

	private final WrittenGrades grades;

	private final LabParser markdown = new LabParser();

	LabController(
			LabCatalogue catalogue,
			LabProgress progress,
			LabVisibility visibility,
			CurrentAccount current,
			FeedbackText feedback,
			WrittenGrades grades) {
		this.catalogue = catalogue;
		this.progress = progress;
		this.visibility = visibility;
		this.current = current;
		this.feedback = feedback;
		this.grades = grades;
	}

	@GetMapping("/")
	String home() {
		return "redirect:/labs";
	}

	@GetMapping("/labs")
	String list(Model model) {
		Account me = current.require();
		var hidden = visibility.hidden(me.classroomId());
		List<Lab> labs = catalogue.all().stream()
				.filter(lab -> !hidden.contains(lab.id()))
				.toList();
		model.addAttribute("labs", labs);
		Map<String, TaskStatus> status = progress.statuses(me.id());
		model.addAttribute(
				"done",
				labs.stream()
						.collect(java.util.stream.Collectors.toMap(
								Lab::id,
								lab -> lab.tasks().stream()
										.filter(t -> status.getOrDefault(t.id(), TaskStatus.NOT_STARTED)
												.passed())
										.count())));
		return "labs/list";
	}

	@GetMapping("/labs/{labId}")
	String lab(@PathVariable String labId, Model model, Locale locale) {
		Account me = current.require();
		Lab lab = visibleLab(me, labId);
		Map<String, TaskStatus> status = progress.statuses(me.id());
		model.addAttribute("lab", lab);
		model.addAttribute("status", status);
		model.addAttribute("grades", grades.of(me.id()));
		model.addAttribute(
				"prompts",
				lab.tasks().stream()
						.map(t -> markdown.render(
								Prompts.fill(t.prompt(), catalogue.checkFor(t).parameters(me))))
						.toList());
		model.addAttribute(
				"hints",
				lab.tasks().stream()
						.map(t -> t
								.hints()
								.subList(
										0,
										Math.min(
												t.hints().size(),
												status.getOrDefault(t.id(), TaskStatus.NOT_STARTED)
														.hintsShown()))
								.stream()
								.map(h -> markdown.render(
										Prompts.fill(h, catalogue.checkFor(t).parameters(me))))
								.toList())
						.toList());
		if (model.getAttribute("result") instanceof CheckResult result) {
			model.addAttribute("feedback", feedback.text(result, locale));
		}
		return "labs/lab";
	}

	@PostMapping("/labs/{labId}/tasks/{taskId}")
	String answer(
			@PathVariable String labId,
			@PathVariable String taskId,
			@RequestParam(name = "answer", defaultValue = "") String answer,
			RedirectAttributes redirect) {
		Account me = current.require();
		Lab lab = visibleLab(me, labId);
		Task task = lab.task(taskId).orElseThrow(() -> new NotFoundException("notfound.task", taskId));
		CheckResult result = progress.attempt(me, lab, task, answer);
		redirect.addFlashAttribute("result", result);
		redirect.addFlashAttribute("resultTask", task.id());
		return "redirect:/labs/" + lab.id() + "#" + task.id();
	}

	@PostMapping("/labs/{labId}/tasks/{taskId}/hint")
	String hint(@PathVariable String labId, @PathVariable String taskId) {
		Account me = current.require();
		Lab lab = visibleLab(me, labId);
		Task task = lab.task(taskId).orElseThrow(() -> new NotFoundException("notfound.task", taskId));
		progress.revealHint(me, lab, task);
		return "redirect:/labs/" + lab.id() + "#" + task.id();
	}

	private Lab visibleLab(Account me, String labId) {
		Lab lab = catalogue.find(labId).orElseThrow(() -> new NotFoundException("notfound.lab", labId));
		if (visibility.hidden(me.classroomId()).contains(lab.id())) {
			throw new NotFoundException("notfound.lab", labId);
		}
		return lab;
	}
}
