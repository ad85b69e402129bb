package org.consentlab.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A failed sign-in goes back to the form with one message for every reason (unknown name, wrong
 * password, waiting), so the form does not tell who has an account. Only a full server is
 * different: that is no secret, and the person should retry, not doubt their password.
 */
final class LoginFailureHandler implements AuthenticationFailureHandler {

	/** No slot to hash the password in time (see {@link BoundedPasswordEncoder}). */
	static final class HashingBusyException extends AuthenticationServiceException {

		HashingBusyException() {
			super("password hashing busy");
		}
	}

	private final AuthenticationFailureHandler toForm = new SimpleUrlAuthenticationFailureHandler("/login?error");

	@Override
	public void onAuthenticationFailure(
			HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException, jakarta.servlet.ServletException {
		if (exception instanceof HashingBusyException) {
			response.setHeader("Retry-After", "5");
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
			return;
		}
		toForm.onAuthenticationFailure(request, response, exception);
	}
}
