package org.consentlab.labs;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.consentlab.account.Account;
import org.consentlab.account.CurrentAccount;
import org.consentlab.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/** The lab list, a lab's page, and the two things a learner does there: answer a task, ask for a hint. */
@Controller
class LabController {

	private final LabCatalogue catalogue;

	private final LabProgress progress;

	private final LabVisibility visibility;

	private final CurrentAccount current;

	private final FeedbackText feedback;

	private final MessageSource messages;
	private final WrittenGrades grades;

	private final LabParser markdown = new LabParser();

	LabController(
			LabCatalogue catalogue,
			LabProgress progress,
			LabVisibility visibility,
			CurrentAccount current,
			FeedbackText feedback,
			MessageSource messages,
			WrittenGrades grades) {
		this.catalogue = catalogue;
		this.progress = progress;
		this.visibility = visibility;
		this.current = current;
		this.feedback = feedback;
		this.messages = messages;
		this.grades = grades;
	}

	@GetMapping("/")
	String home() {
		return "redirect:/labs";
	}

	@GetMapping("/labs")
	String list(Model model, Locale locale) {
		Account me = current.require();
		var hidden = visibility.hidden(me.classroomId());
		List<Lab> labs = catalogue.all(locale).stream()
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
		Lab lab = catalogue.find(visibleLab(me, labId).id(), locale).orElseThrow();
		Map<String, TaskStatus> status = progress.statuses(me.id());
		String codeLabel = messages.getMessage("layout.scroll", null, locale);
		model.addAttribute("lab", lab);
		model.addAttribute("status", status);
		model.addAttribute("body", withOrigin(labelCode(lab.bodyHtml(), codeLabel)));
		model.addAttribute(
				"objectives", lab.objectives().stream().map(this::inline).toList());
		model.addAttribute("grades", grades.of(me.id()));
		model.addAttribute(
				"prompts",
				lab.tasks().stream()
						.map(t -> labelCode(
								markdown.render(Prompts.fill(
										t.prompt(), catalogue.checkFor(t).parameters(me))),
								codeLabel))
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
								.map(h -> labelCode(
										markdown.render(Prompts.fill(
												h, catalogue.checkFor(t).parameters(me))),
										codeLabel))
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

	/**
	 * Starts this lab's part of the learner's world over, in solo and classroom mode alike: the
	 * sandbox parts its front matter lists are cleared, passed tasks stay passed.
	 */
	@PostMapping("/labs/{labId}/reset")
	String reset(@PathVariable String labId, RedirectAttributes redirect) {
		Account me = current.require();
		Lab lab = visibleLab(me, labId);
		progress.clearWorld(me, lab);
		redirect.addFlashAttribute("resetDone", true);
		return "redirect:/labs/" + lab.id() + "#reset";
	}

	/** One line of Markdown (an objective) as inline HTML, without the paragraph around it. */
	private String inline(String text) {
		String html = markdown.render(text).strip();
		return html.startsWith("<p>") && html.endsWith("</p>") ? html.substring(3, html.length() - 4) : html;
	}

	/** Names each code block for screen readers, in the reader's language. */
	/**
	 * A lab's command-line examples name the app as {@code {{origin}}}: the scheme, host and port the
	 * learner's browser used, so a command copied in a classroom reaches the classroom's server.
	 */
	private static String withOrigin(String html) {
		return html.replace(
				"{{origin}}",
				HtmlUtils.htmlEscape(ServletUriComponentsBuilder.fromCurrentContextPath()
						.build()
						.toUriString()));
	}

	private static String labelCode(String html, String label) {
		return html.replace(
				LabParser.CODE_BLOCK,
				"<pre tabindex=\"0\" role=\"region\" aria-label=\"" + HtmlUtils.htmlEscape(label) + "\">");
	}

	private Lab visibleLab(Account me, String labId) {
		Lab lab = catalogue.find(labId).orElseThrow(() -> new NotFoundException("notfound.lab", labId));
		if (visibility.hidden(me.classroomId()).contains(lab.id())) {
			throw new NotFoundException("notfound.lab", labId);
		}
		return lab;
	}
}
