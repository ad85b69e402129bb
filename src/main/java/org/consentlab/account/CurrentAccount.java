package org.consentlab.account;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The account behind the current request, looked up from the signed-in principal's name. */
@Component
public class CurrentAccount {

	private final Accounts accounts;

	CurrentAccount(Accounts accounts) {
		this.accounts = accounts;
	}

	public Optional<Account> find() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return accounts.byUsername(auth.getName());
	}

	/** The account; only call this behind a rule that requires sign-in. */
	public Account require() {
		return find().orElseThrow(() -> new IllegalStateException("no signed-in account on this request"));
	}
}
