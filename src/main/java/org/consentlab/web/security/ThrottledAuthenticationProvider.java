package org.consentlab.web.security;

import java.time.Instant;
import java.util.List;
import org.consentlab.account.Accounts;
import org.consentlab.web.ServiceBusyException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password against the stored hash, after {@link LoginThrottle} has
 * reserved the attempt (refusing without checking while the account or address must wait). The same error is given for an unknown user and a wrong
 * password, so the login form does not reveal who has an account.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	/** Compared against when the user does not exist, so both paths cost one hash. */
	private final String dummyHash;

	private final Accounts accounts;

	private final PasswordEncoder encoder;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(Accounts accounts, PasswordEncoder encoder, LoginThrottle throttle) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.throttle = throttle;
		this.dummyHash = encoder.encode("no such user " + System.nanoTime());
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		String password = String.valueOf(authentication.getCredentials());
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress()
				: null;
		if (throttle.reserve(username, address).isPresent()) {
			throw new LockedException("locked");
		}
		if (password.length() > PasswordHashing.MAX_PASSWORD_CHARS) {
			throw new BadCredentialsException("bad credentials");
		}
		String hash = accounts.passwordHash(username).orElse(null);
		// An unknown name costs the same Argon2 verification as a known one, so timing does not tell.
		boolean matches = matches(password, hash == null ? dummyHash : hash);
		var account = accounts.byUsername(username);
		if (hash == null || !matches || account.isEmpty()) {
			throw new BadCredentialsException("bad credentials");
		}
		throttle.succeeded(username, address);
		if (encoder.upgradeEncoding(hash)) {
			// a hash from an older scheme (bcrypt): store the password again under the current one
			accounts.changePassword(account.get().username(), encode(password));
		}
		accounts.signedIn(account.get().id(), Instant.now());
		var authority = new SimpleGrantedAuthority(account.get().role().authority());
		return UsernamePasswordAuthenticationToken.authenticated(account.get().username(), null, List.of(authority));
	}

	private boolean matches(String password, String hash) {
		try {
			return encoder.matches(password, hash);
		} catch (ServiceBusyException busy) {
			throw new LoginFailureHandler.HashingBusyException();
		}
	}

	private String encode(String password) {
		try {
			return encoder.encode(password);
		} catch (ServiceBusyException busy) {
			throw new LoginFailureHandler.HashingBusyException();
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
