package org.consentlab.classroom;

import org.consentlab.account.Accounts;
import org.consentlab.account.ConsentLabProperties;
import org.consentlab.account.Role;
import org.consentlab.account.UsernameTakenException;
import org.consentlab.web.BadInputException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Signing in, and joining a class with its code. Solo mode has neither: it goes straight to the labs. */
@Controller
class AccountController {

	private final ConsentLabProperties properties;

	private final Classrooms classrooms;

	private final Accounts accounts;

	private final PasswordEncoder encoder;

	AccountController(
			ConsentLabProperties properties, Classrooms classrooms, Accounts accounts, PasswordEncoder encoder) {
		this.properties = properties;
		this.classrooms = classrooms;
		this.accounts = accounts;
		this.encoder = encoder;
	}

	@GetMapping("/login")
	String login() {
		return properties.solo() ? "redirect:/labs" : "classroom/login";
	}

	@GetMapping("/join")
	String joinForm() {
		return properties.solo() ? "redirect:/labs" : "classroom/join";
	}

	@PostMapping("/join")
	@Transactional
	String join(
			@RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "") String username,
			@RequestParam(defaultValue = "") String password) {
		if (properties.solo()) {
			return "redirect:/labs";
		}
		String name = Credentials.username(username);
		String secret = Credentials.password(password);
		Classroom classroom =
				classrooms.byCode(code).orElseThrow(() -> new BadInputException("code", "error.join-code"));
		try {
			accounts.create(name, encoder.encode(secret), Role.LEARNER, classroom.id());
		} catch (UsernameTakenException e) {
			throw new BadInputException("username", "error.username-taken");
		}
		return "redirect:/login?joined";
	}
}
