package org.consentlab.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * A short page in the learner's language for a request refused before it reaches the app (too many
 * at once, the server too busy), with {@code Retry-After}: written directly, as rendering the site's
 * error page would cost the very work the refusal saves.
 */
final class ShortRefusal {

	private final MessageSource messages;

	private final LocaleResolver languages;

	ShortRefusal(MessageSource messages, LocaleResolver languages) {
		this.messages = messages;
		this.languages = languages;
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey)
			throws IOException {
		Locale locale = languages.resolveLocale(request);
		String title = messages.getMessage("error.title", new Object[] {status.value()}, locale);
		String text = messages.getMessage(messageKey, null, locale);
		response.setStatus(status.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, "1");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType("text/html;charset=UTF-8");
		response.getWriter()
				.write("<!DOCTYPE html>\n<html lang=\"" + HtmlUtils.htmlEscape(locale.toLanguageTag()) + "\">\n"
						+ "<head><meta charset=\"utf-8\"><title>" + HtmlUtils.htmlEscape(title) + "</title>"
						+ "<link rel=\"stylesheet\" href=\"/css/consentlab.css\"></head>\n"
						+ "<body><main id=\"main\"><h1>" + HtmlUtils.htmlEscape(title) + "</h1>\n<p>"
						+ HtmlUtils.htmlEscape(text) + "</p></main></body>\n</html>\n");
	}
}
