package org.consentlab.issuer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.consentlab.account.Account;
import org.consentlab.account.Accounts;
import org.consentlab.account.CurrentAccount;
import org.consentlab.classroom.Classroom;
import org.consentlab.classroom.Classrooms;
import org.consentlab.credential.status.Status;
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
 * reinstate. An instructor sees and acts on the learners of their own classes only.
 */
@Controller
class ClassCredentialsController {

	/** One credential of one learner, as a row of the page. */
	record Row(Account learner, CredentialType issuer, String configurationId, int idx, Status status, String action) {
	}

	private final CurrentAccount current;

	private final Classrooms classrooms;

	private final Accounts accounts;

	private final Issuers issuers;

	private final StatusLists statusLists;

	ClassCredentialsController(CurrentAccount current, Classrooms classrooms, Accounts accounts, Issuers issuers,
			StatusLists statusLists) {
		this.current = current;
		this.classrooms = classrooms;
		this.accounts = accounts;
		this.issuers = issuers;
		this.statusLists = statusLists;
	}

	@GetMapping(IssuerRoutes.CLASS_CREDENTIALS)
	String page(@PathVariable long id, Model model) {
		Classroom classroom = mine(id);
		List<Row> rows = new ArrayList<>();
		for (Account learner : accounts.inClassroom(classroom.id())) {
			for (String issuerId : issuers.ids()) {
				CredentialType issuer = issuers.find(issuerId).orElseThrow();
				for (StatusLists.Entry entry : statusLists.of(issuerId, learner.id())) {
					rows.add(new Row(learner, issuer, entry.configurationId(), entry.idx(), entry.status(),
							action(classroom.id(), issuerId, entry.idx())));
				}
			}
		}
		model.addAttribute("classroom", classroom);
		model.addAttribute("rows", rows);
		model.addAttribute("statuses", List.of(Status.INVALID, Status.SUSPENDED, Status.VALID));
		return "issuer/class-credentials";
	}

	@PostMapping(IssuerRoutes.CLASS_CREDENTIAL_STATUS)
	String set(@PathVariable long id, @PathVariable String issuer, @PathVariable int idx,
			@RequestParam(name = "learner", required = false) Long learnerId,
			@RequestParam(name = "status", required = false) String status) {
		Classroom classroom = mine(id);
		Status wanted = parse(status);
		CredentialType type = issuers.find(issuer).orElseThrow(() -> new NotFoundException("notfound.issuer", issuer));
		Account learner = (learnerId == null ? Optional.<Account>empty() : accounts.byId(learnerId))
			.filter(a -> Long.valueOf(classroom.id()).equals(a.classroomId()))
			.orElseThrow(() -> new NotFoundException("notfound.learner", String.valueOf(learnerId)));
		statusLists.set(type.issuerId(), idx, learner.id(), wanted);
		return "redirect:" + IssuerRoutes.CLASS_CREDENTIALS.replace("{id}", String.valueOf(classroom.id()));
	}

	private static Status parse(String status) {
		try {
			return Status.valueOf(String.valueOf(status).toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadInputException("status", "classroom.credentials.bad-status");
		}
	}

	private static String action(long classId, String issuerId, int idx) {
		return IssuerRoutes.CLASS_CREDENTIAL_STATUS.replace("{id}", String.valueOf(classId))
			.replace("{issuer}", issuerId)
			.replace("{idx}", String.valueOf(idx));
	}

	private Classroom mine(long id) {
		return classrooms.runBy(current.require(), id)
			.orElseThrow(() -> new NotFoundException("notfound.class", String.valueOf(id)));
	}
}
