package org.consentlab.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.consentlab.account.Account;
import org.consentlab.account.ConsentLabProperties;
import org.consentlab.account.CurrentAccount;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is signed in, the mode, and whether projector mode is on. */
@ControllerAdvice
class LayoutAdvice {

	private static final String DEMO = "consentlab.demo";

	private final CurrentAccount current;

	private final ConsentLabProperties properties;

	LayoutAdvice(CurrentAccount current, ConsentLabProperties properties) {
		this.current = current;
		this.properties = properties;
	}

	@ModelAttribute("me")
	Account me() {
		return current.find().orElse(null);
	}

	@ModelAttribute("solo")
	boolean solo() {
		return properties.solo();
	}

	/**
	 * Projector mode (large type, high contrast): {@code ?demo=on} or {@code ?demo=off} on any page.
	 * Read from the query string only: error pages for oversized posts must not parse the body.
	 */
	@ModelAttribute("demo")
	boolean demo(HttpServletRequest request) {
		String query = request.getQueryString() == null ? "" : request.getQueryString();
		if (query.matches("(.*&)?demo=(on|off)(&.*)?")) {
			request.getSession().setAttribute(DEMO, query.matches("(.*&)?demo=on(&.*)?"));
		}
		// Never create a session just to read the setting: the stateless protocol endpoints pass here too.
		HttpSession session = request.getSession(false);
		return session != null && Boolean.TRUE.equals(session.getAttribute(DEMO));
	}
}
