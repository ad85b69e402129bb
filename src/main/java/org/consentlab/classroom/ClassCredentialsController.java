package org.consentlab.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.consentlab.account.Account;
import org.consentlab.account.Accounts;
import org.consentlab.account.CurrentAccount;
import org.consentlab.credential.status.Status;
import org.consentlab.issuer.IssuedCredentials;
import org.consentlab.web.BadInputException;
import org.consentlab.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An instructor's status page for one class (classroom mode; {@code /classes/**} is for instructors
 * only): every credential the issuers gave the class's learners, by learner, issuer, index and status
 * (Token Status List §7.1: valid, invalid = revoked, suspended), with buttons to revoke, suspend or
 * reinstate. An instructor sees and acts on the learners of their own classes only. The issuer is
 * reached only through its public {@link IssuedCredentials} service.
 */
@Controller
class ClassCredentialsController {

	/** The page of the credentials issued to one class's learners, with status buttons. */
	static final String PAGE = "/classes/{id}/credentials";

	/** Sets the status of one entry listed on {@link #PAGE} (POST). */
	static final String STATUS = "/classes/{id}/credentials/{issuer}/{idx}/status";

	/** One credential of one learner, as a row of the page. */
	record Row(Account learner, IssuedCredentials.Issued credential, String action) {}

	private final CurrentAccount current;

	private final Classrooms classrooms;

	private final Accounts accounts;

	private final IssuedCredentials issued;

	ClassCredentialsController(
			CurrentAccount current, Classrooms classrooms, Accounts accounts, IssuedCredentials issued) {
		this.current = current;
		this.classrooms = classrooms;
		this.accounts = accounts;
		this.issued = issued;
	}

	@GetMapping(PAGE)
	String page(@PathVariable long id, Model model) {
		Classroom classroom = mine(id);
		List<Row> rows = new ArrayList<>();
		for (Account learner : accounts.inClassroom(classroom.id())) {
			for (IssuedCredentials.Issued credential : issued.to(learner.id())) {
				rows.add(new Row(learner, credential, action(classroom.id(), credential.issuerId(), credential.idx())));
			}
		}
		model.addAttribute("classroom", classroom);
		model.addAttribute("rows", rows);
		model.addAttribute("statuses", List.of(Status.INVALID, Status.SUSPENDED, Status.VALID));
		return "classroom/credentials";
	}

	@PostMapping(STATUS)
	String set(
			@PathVariable long id,
			@PathVariable String issuer,
			@PathVariable int idx,
			@RequestParam(name = "learner", required = false) Long learnerId,
			@RequestParam(name = "status", required = false) String status) {
		Classroom classroom = mine(id);
		Status wanted = parse(status);
		Account learner = (learnerId == null ? Optional.<Account>empty() : accounts.byId(learnerId))
				.filter(a -> Long.valueOf(classroom.id()).equals(a.classroomId()))
				.orElseThrow(() -> new NotFoundException("notfound.learner", String.valueOf(learnerId)));
		issued.setStatus(issuer, idx, learner.id(), wanted);
		return "redirect:" + PAGE.replace("{id}", String.valueOf(classroom.id()));
	}

	private static Status parse(String status) {
		try {
			return Status.valueOf(String.valueOf(status).toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException ex) {
			throw new BadInputException("status", "classroom.credentials.bad-status");
		}
	}

	private static String action(long classId, String issuerId, int idx) {
		return STATUS.replace("{id}", String.valueOf(classId))
				.replace("{issuer}", issuerId)
				.replace("{idx}", String.valueOf(idx));
	}

	private Classroom mine(long id) {
		return classrooms
				.runBy(current.require(), id)
				.orElseThrow(() -> new NotFoundException("notfound.class", String.valueOf(id)));
	}
}
