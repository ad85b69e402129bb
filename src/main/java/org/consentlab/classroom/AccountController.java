package org.consentlab.classroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.consentlab.account.ConsentLabProperties;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Signing in, and joining a class with its code. Solo mode has neither: it goes straight to the labs. */
@Controller
class AccountController {

	private final ConsentLabProperties properties;

	private final JoinClass joinClass;

	private final JoinThrottle throttle;

	private final PasswordEncoder encoder;

	AccountController(
			ConsentLabProperties properties, JoinClass joinClass, JoinThrottle throttle, PasswordEncoder encoder) {
		this.properties = properties;
		this.joinClass = joinClass;
		this.throttle = throttle;
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

	/**
	 * Not one transaction: the throttle's count must stay even when the join is refused, and the
	 * password is hashed (the slow part) before the class row is locked.
	 */
	@PostMapping("/join")
	ModelAndView join(
			@RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "") String username,
			@RequestParam(defaultValue = "") String password,
			HttpServletRequest request,
			HttpServletResponse response) {
		if (properties.solo()) {
			return new ModelAndView("redirect:/labs");
		}
		String name = Credentials.username(username);
		String secret = Credentials.password(password);
		if (!throttle.tryJoin(request.getRemoteAddr(), code)) {
			response.setHeader("Retry-After", "60");
			ModelAndView wait = new ModelAndView("classroom/join");
			wait.setStatus(HttpStatus.TOO_MANY_REQUESTS);
			wait.addObject("throttled", true);
			return wait;
		}
		// hashed whatever the code: a wrong code then takes as long as a taken name
		joinClass.join(code, name, encoder.encode(secret));
		return new ModelAndView("redirect:/login?joined");
	}
}
