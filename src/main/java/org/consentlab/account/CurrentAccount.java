package org.consentlab.account;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The account behind the current request, looked up from the signed-in principal's name. A page
 * asks for it several times (the layout's "signed in as", the controller, the lab's checks), so
 * the first answer is kept for the rest of the request: an account's fields never change once it
 * exists, and a signed-out request (after deletion) never reaches the kept one.
 */
@Component
public class CurrentAccount {

	private static final String KEPT = CurrentAccount.class.getName();

	private final Accounts accounts;

	CurrentAccount(Accounts accounts) {
		this.accounts = accounts;
	}

	public Optional<Account> find() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		String name = auth.getName();
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return accounts.byUsername(name);
		}
		if (request.getAttribute(KEPT, RequestAttributes.SCOPE_REQUEST) instanceof Kept kept
				&& kept.name().equals(name)) {
			return Optional.of(kept.account());
		}
		Optional<Account> found = accounts.byUsername(name);
		found.ifPresent(
				account -> request.setAttribute(KEPT, new Kept(name, account), RequestAttributes.SCOPE_REQUEST));
		return found;
	}

	/** The account; only call this behind a rule that requires sign-in. */
	public Account require() {
		return find().orElseThrow(() -> new IllegalStateException("no signed-in account on this request"));
	}

	/** The account found for a principal's name in this request. */
	private record Kept(String name, Account account) {}
}
