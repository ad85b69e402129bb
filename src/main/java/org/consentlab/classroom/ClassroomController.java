package org.consentlab.classroom;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.consentlab.account.Account;
import org.consentlab.account.Accounts;
import org.consentlab.account.CurrentAccount;
import org.consentlab.labs.LabCatalogue;
import org.consentlab.labs.LabProgress;
import org.consentlab.labs.LabVisibility;
import org.consentlab.labs.Task;
import org.consentlab.labs.WrittenGrades;
import org.consentlab.web.BadInputException;
import org.consentlab.web.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The instructor's side: their classes, a live dashboard, resets, hiding labs, the CSV export.
 * Every route checks that the signed-in instructor runs the class; otherwise it does not exist.
 */
@Controller
class ClassroomController {

	private final CurrentAccount current;

	private final Classrooms classrooms;

	private final Accounts accounts;

	private final Dashboard dashboard;

	private final DashboardStream stream;

	private final LabCatalogue catalogue;

	private final LabProgress progress;

	private final LabVisibility visibility;

	private final AccountDeletion deletion;
	private final WrittenGrades grades;

	ClassroomController(
			CurrentAccount current,
			Classrooms classrooms,
			Accounts accounts,
			Dashboard dashboard,
			DashboardStream stream,
			LabCatalogue catalogue,
			LabProgress progress,
			LabVisibility visibility,
			AccountDeletion deletion,
			WrittenGrades grades) {
		this.deletion = deletion;
		this.current = current;
		this.classrooms = classrooms;
		this.accounts = accounts;
		this.dashboard = dashboard;
		this.stream = stream;
		this.catalogue = catalogue;
		this.progress = progress;
		this.visibility = visibility;
		this.grades = grades;
	}

	@GetMapping("/classes")
	String list(Model model) {
		model.addAttribute("classes", classrooms.runBy(current.require()));
		return "classroom/classes";
	}

	@PostMapping("/classes")
	String create(@RequestParam(defaultValue = "") String name) {
		String trimmed = name.strip();
		if (trimmed.isEmpty() || trimmed.length() > 120) {
			throw new BadInputException("name", "error.class-name");
		}
		Classroom created = classrooms.create(trimmed, current.require());
		return "redirect:/classes/" + created.id();
	}

	@GetMapping("/classes/{id}")
	String show(@PathVariable long id, Model model, Locale locale) {
		Classroom classroom = mine(id);
		addGrid(model, classroom, locale);
		model.addAttribute("hidden", visibility.hidden(classroom.id()));
		model.addAttribute("codeOpen", classroom.codeOpenAt(java.time.Instant.now()));
		model.addAttribute("joined", accounts.countInClassroom(classroom.id()));
		model.addAttribute("maxCodeDays", ClassroomProperties.MAX_CODE_DAYS);
		model.addAttribute("maxSeats", ClassroomProperties.MAX_SEATS);
		return "classroom/dashboard";
	}

	@GetMapping("/classes/{id}/grid")
	String grid(@PathVariable long id, Model model, Locale locale) {
		Classroom classroom = mine(id);
		addGrid(model, classroom, locale);
		return "classroom/dashboard :: grid";
	}

	@GetMapping(path = "/classes/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(@PathVariable long id) {
		return stream.open(mine(id).id());
	}

	/** One learner's lab, chosen in two lists: one form, where a class of 500 had 7,000 buttons. */
	@PostMapping("/classes/{id}/learner-resets")
	String resetLearner(
			@PathVariable long id, @RequestParam("learner") long learnerId, @RequestParam("lab") String labId) {
		Classroom classroom = mine(id);
		Account learner = accounts.byId(learnerId)
				.filter(a -> Long.valueOf(classroom.id()).equals(a.classroomId()))
				.orElseThrow(() -> new NotFoundException("notfound.learner", String.valueOf(learnerId)));
		progress.reset(learner, lab(labId));
		return "redirect:/classes/" + id;
	}

	@PostMapping("/classes/{id}/labs/{labId}/reset")
	String resetClass(@PathVariable long id, @PathVariable String labId) {
		Classroom classroom = mine(id);
		String lab = lab(labId);
		accounts.inClassroom(classroom.id()).forEach(learner -> progress.reset(learner, lab));
		return "redirect:/classes/" + id;
	}

	@PostMapping("/classes/{id}/labs/{labId}/visibility")
	String visibility(@PathVariable long id, @PathVariable String labId, @RequestParam boolean hidden) {
		visibility.setHidden(mine(id).id(), lab(labId), hidden);
		return "redirect:/classes/" + id;
	}

	/**
	 * The answers the app cannot grade (free text, such as L12's argument), for the instructor to read,
	 * with the labs' titles and rubrics in the instructor's language.
	 */
	@GetMapping("/classes/{id}/written")
	String written(@PathVariable long id, Model model, Locale locale) {
		Classroom classroom = mine(id);
		java.util.List<Account> learners = accounts.inClassroom(classroom.id());
		java.util.List<Long> ids = learners.stream().map(Account::id).toList();
		java.util.List<WrittenAnswers> tasks = catalogue.all(locale).stream()
				.flatMap(lab -> lab.tasks().stream()
						.filter(task -> task.answer() == Task.AnswerKind.LONGTEXT)
						.map(task -> new WrittenAnswers(
								lab,
								task,
								learners,
								progress.latestPassedAnswers(ids, task.id()),
								grades.of(ids, task.id()))))
				.toList();
		model.addAttribute("classroom", classroom);
		model.addAttribute("tasks", tasks);
		model.addAttribute("labs", catalogue.all(locale));
		return "classroom/written";
	}

	/** A fresh join code, valid for the days chosen; the old code stops working at once. */
	@PostMapping("/classes/{id}/code/rotate")
	String rotateCode(@PathVariable long id, @RequestParam(defaultValue = "0") int days) {
		if (days < 1 || days > ClassroomProperties.MAX_CODE_DAYS) {
			throw new BadInputException("days", "error.code-days");
		}
		classrooms.rotateCode(mine(id), days);
		return "redirect:/classes/" + id;
	}

	@PostMapping("/classes/{id}/code/expire")
	String expireCode(@PathVariable long id) {
		classrooms.expireCode(mine(id));
		return "redirect:/classes/" + id;
	}

	@PostMapping("/classes/{id}/seats")
	String seats(@PathVariable long id, @RequestParam(defaultValue = "0") int seats) {
		if (seats < 1 || seats > ClassroomProperties.MAX_SEATS) {
			throw new BadInputException("seats", "error.seats");
		}
		classrooms.setMaxLearners(mine(id), seats);
		return "redirect:/classes/" + id;
	}

	/** Deletes the class and its learners with all their data, once the instructor types its name. */
	@PostMapping("/classes/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(defaultValue = "") String confirm) {
		Classroom classroom = mine(id);
		if (!confirm.strip().equals(classroom.name())) {
			throw new BadInputException("confirm", "error.class-delete-confirm");
		}
		deletion.deleteClass(classroom);
		return "redirect:/classes?deleted";
	}

	/** Grades one learner's written answer on the task's rubric; only for a learner of this class. */
	@PostMapping("/classes/{id}/written/{learnerId}/{taskId}")
	String grade(
			@PathVariable long id,
			@PathVariable long learnerId,
			@PathVariable String taskId,
			@RequestParam(defaultValue = "-1") int score,
			@RequestParam(defaultValue = "") String comment) {
		Classroom classroom = mine(id);
		Account learner = accounts.byId(learnerId)
				.filter(a -> Long.valueOf(classroom.id()).equals(a.classroomId()))
				.orElseThrow(() -> new NotFoundException("notfound.learner", String.valueOf(learnerId)));
		Task task = catalogue.all().stream()
				.flatMap(lab -> lab.tasks().stream())
				.filter(t -> t.id().equals(taskId))
				.findFirst()
				.orElseThrow(() -> new NotFoundException("notfound.task", taskId));
		grades.grade(learner.id(), task, score, comment, current.require().id());
		return "redirect:/classes/" + id + "/written#written-" + learner.username();
	}

	@GetMapping("/classes/{id}/export.csv")
	ResponseEntity<byte[]> export(@PathVariable long id) {
		Classroom classroom = mine(id);
		String csv = ProgressCsv.write(dashboard.grid(classroom));
		return ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(
						HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment()
								.filename("progress-" + classroom.id() + ".csv")
								.build()
								.toString())
				.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	/** The class, its grid and the grid's rows as the page writes them: what the dashboard and its live grid show. */
	private void addGrid(Model model, Classroom classroom, Locale locale) {
		Dashboard.Grid grid = dashboard.grid(classroom, locale);
		model.addAttribute("classroom", classroom);
		model.addAttribute("grid", grid);
		model.addAttribute("rows", dashboard.rows(grid, locale));
	}

	private Classroom mine(long id) {
		return classrooms
				.runBy(current.require(), id)
				.orElseThrow(() -> new NotFoundException("notfound.class", String.valueOf(id)));
	}

	private String lab(String labId) {
		return catalogue
				.find(labId)
				.orElseThrow(() -> new NotFoundException("notfound.lab", labId))
				.id();
	}
}
