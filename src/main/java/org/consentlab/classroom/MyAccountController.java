package org.consentlab.classroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.consentlab.account.Account;
import org.consentlab.account.AccountSessions;
import org.consentlab.account.Accounts;
import org.consentlab.account.ConsentLabProperties;
import org.consentlab.account.CurrentAccount;
import org.consentlab.web.BadInputException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in person's own account (security review I3): change the password, and for a learner,
 * delete the account and everything of theirs. Both ask for the current password, so a session left
 * open on a shared computer cannot do either. Classroom mode only: solo mode has no password.
 */
@Controller
class MyAccountController {

	private final ConsentLabProperties properties;

	private final CurrentAccount current;

	private final Accounts accounts;

	private final AccountSessions sessions;

	private final AccountDeletion deletion;

	private final JoinThrottle throttle;

	private final PasswordEncoder encoder;

	private final TransactionTemplate transactions;

	MyAccountController(
			ConsentLabProperties properties,
			CurrentAccount current,
			Accounts accounts,
			AccountSessions sessions,
			AccountDeletion deletion,
			JoinThrottle throttle,
			PasswordEncoder encoder,
			TransactionTemplate transactions) {
		this.transactions = transactions;
		this.properties = properties;
		this.current = current;
		this.accounts = accounts;
		this.sessions = sessions;
		this.deletion = deletion;
		this.throttle = throttle;
		this.encoder = encoder;
	}

	@GetMapping("/account")
	String page(Model model) {
		if (properties.solo()) {
			return "redirect:/labs";
		}
		model.addAttribute("account", current.require());
		return "classroom/account";
	}

	/**
	 * Other sessions of the account end in the same transaction as the change; this one stays signed
	 * in. The password check is outside it, so that its throttle count stays when the check fails.
	 */
	@PostMapping("/account/password")
	String changePassword(
			@RequestParam(defaultValue = "") String current,
			@RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String repeat,
			HttpServletRequest request) {
		Account account = signedIn();
		checkPassword(account, current, "current");
		String secret = Credentials.password(password);
		if (!secret.equals(repeat)) {
			throw new BadInputException("repeat", "error.password-repeat");
		}
		String hash = encoder.encode(secret);
		HttpSession session = request.getSession(false);
		transactions.executeWithoutResult(status -> {
			accounts.changePassword(account.id(), hash);
			sessions.endAllExcept(account, session == null ? null : session.getId());
		});
		return "redirect:/account?changed";
	}

	@PostMapping("/account/delete")
	String delete(@RequestParam(defaultValue = "") String password, HttpServletRequest request) {
		Account account = signedIn();
		if (account.isInstructor()) {
			// an instructor's classes would lose their owner; instructors are removed from the command line
			throw new BadInputException("account", "error.account-instructor");
		}
		checkPassword(account, password, "password");
		deletion.delete(account);
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		return "redirect:/login?deleted";
	}

	private Account signedIn() {
		if (properties.solo()) {
			throw new BadInputException("account", "error.account-solo");
		}
		return current.require();
	}

	/** The current password, at the pace of a throttle, so a stolen session cannot guess it quickly. */
	private void checkPassword(Account account, String password, String field) {
		if (password.length() > Credentials.MAX_PASSWORD || !throttle.tryPasswordCheck(account.id())) {
			throw new BadInputException(field, "error.password-current");
		}
		String hash = accounts.passwordHash(account.id()).orElse(null);
		if (hash == null || !encoder.matches(password, hash)) {
			throw new BadInputException(field, "error.password-current");
		}
	}
}
