package org.consentlab.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.consentlab.account.Account;
import org.consentlab.account.ConsentLabProperties;
import org.consentlab.account.CurrentAccount;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: who is signed in, the mode, whether projector mode is on, and what
 * the language switch offers.
 */
@ControllerAdvice
class LayoutAdvice {

	private static final String DEMO = "consentlab.demo";

	private static final List<Language> LANGUAGES = Languages.all().stream()
			.map(l -> new Language(l.toLanguageTag(), Languages.nativeName(l)))
			.toList();

	private final CurrentAccount current;

	private final ConsentLabProperties properties;

	private final boolean allowPlainHttp;

	LayoutAdvice(
			CurrentAccount current,
			ConsentLabProperties properties,
			@Value("${consentlab.allow-plain-http:false}") boolean allowPlainHttp) {
		this.current = current;
		this.properties = properties;
		this.allowPlainHttp = allowPlainHttp;
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
	/**
	 * True when classroom mode runs on plain HTTP by explicit choice and this request came that way:
	 * the layout then warns instructors that passwords cross the network readable.
	 */
	@ModelAttribute("plainHttp")
	boolean plainHttp(HttpServletRequest request) {
		return !properties.solo() && allowPlainHttp && !request.isSecure();
	}

	/** The languages the switch offers, each named in itself. */
	@ModelAttribute("languages")
	List<Language> languages() {
		return LANGUAGES;
	}

	/**
	 * The page the language switch returns to: this one, when it was a plain GET of a page; the
	 * start page otherwise (an error page, the answer to a form).
	 */
	@ModelAttribute("here")
	String here(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) {
			return "/";
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String query = request.getQueryString();
		return query == null ? path : path + "?" + query;
	}

	/** A language as the switch shows it: its tag and its name in itself. */
	public record Language(String tag, String name) {}

	@ModelAttribute("demo")
	boolean demo(HttpServletRequest request) {
		String query = request.getQueryString() == null ? "" : request.getQueryString();
		boolean asked = query.matches("(.*&)?demo=(on|off)(&.*)?");
		boolean on = query.matches("(.*&)?demo=on(&.*)?");
		// Remembered only in a session that exists already: an anonymous visitor (or a stateless
		// protocol endpoint) must not make the server store a session row.
		HttpSession session = request.getSession(false);
		if (asked && session != null) {
			session.setAttribute(DEMO, on);
		}
		return asked ? on : session != null && Boolean.TRUE.equals(session.getAttribute(DEMO));
	}
}
