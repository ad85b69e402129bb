package org.consentlab.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a request: the one the learner chose with the switch on every page (a cookie, so
 * it works before sign-in and stores nothing on the server), else the best of the browser's
 * {@code Accept-Language} that the course is written in, else the original. Only supported languages
 * come out, so a page, a lab and a deck always agree on the language they are shown in.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-12.5.4">RFC 9110 §12.5.4 Accept-Language</a>
 */
final class LanguageResolver implements LocaleResolver {

	static final String COOKIE = "lang";

	private static final Duration KEPT = Duration.ofDays(365);

	/** Longer headers are ignored rather than parsed: no browser sends more. */
	private static final int MAX_HEADER = 512;

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return chosen(request)
				.or(() -> accepted(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)))
				.orElse(Languages.original());
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale language = Languages.supported(locale);
		ResponseCookie cookie = ResponseCookie.from(COOKIE, language.toLanguageTag())
				.path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
				.maxAge(KEPT)
				.httpOnly(true)
				.secure(request.isSecure())
				.sameSite("Lax")
				.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	private static Optional<Locale> chosen(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				return Languages.of(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	/** The first supported language in the header's order of preference (q-values honoured). */
	static Optional<Locale> accepted(String header) {
		if (header == null || header.isBlank() || header.length() > MAX_HEADER) {
			return Optional.empty();
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
				if (range.getWeight() > 0) {
					Optional<Locale> language = Languages.of(range.getRange());
					if (language.isPresent()) {
						return language;
					}
				}
			}
		} catch (IllegalArgumentException malformed) {
			return Optional.empty();
		}
		return Optional.empty();
	}
}
