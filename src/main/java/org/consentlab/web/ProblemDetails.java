package org.consentlab.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors of JSON endpoints as RFC 9457 problem details ({@code application/problem+json}, §3):
 * {@code type} stays {@code about:blank}, so {@code title} is the HTTP status phrase (§4.2.1), and
 * {@code detail} is the same learner-facing sentence the HTML error page shows, from the message
 * bundle; never an exception message. Pages keep their error pages, and the wallet protocol
 * endpoints keep the OAuth error format their specifications require ({@link ProtocolErrors}).
 */
@Component
class ProblemDetails {

	static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	private final MessageSource messages;

	ProblemDetails(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Whether the failed request expects JSON: its handler writes a response body rather than a
	 * page, or, when no handler was reached, its Accept header asks for JSON and not for HTML.
	 */
	static boolean wanted(HttpServletRequest request) {
		if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler) {
			return handler.hasMethodAnnotation(ResponseBody.class)
					|| handler.getBeanType().isAnnotationPresent(ResponseBody.class);
		}
		return asksForJson(request);
	}

	/** Whether the request's Accept header names JSON (plain or problem) and not HTML. */
	static boolean asksForJson(HttpServletRequest request) {
		List<MediaType> accepted;
		try {
			accepted = MediaType.parseMediaTypes(request.getHeader(HttpHeaders.ACCEPT));
		} catch (InvalidMediaTypeException e) {
			return false;
		}
		boolean json = accepted.stream()
				.anyMatch(t -> !t.isWildcardType()
						&& (t.isCompatibleWith(MediaType.APPLICATION_JSON) || t.isCompatibleWith(PROBLEM_JSON)));
		boolean html = accepted.stream().anyMatch(t -> !t.isWildcardType() && t.isCompatibleWith(MediaType.TEXT_HTML));
		return json && !html;
	}

	/** Writes the problem: the status, its phrase, and the explanation under {@code messageKey}. */
	void write(HttpServletResponse response, HttpStatus status, String messageKey, String argument, Locale locale) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", messages.getMessage(messageKey, new Object[] {argument}, messageKey, locale));
		response.setStatus(status.value());
		response.setContentType(PROBLEM_JSON.toString());
		response.setCharacterEncoding("UTF-8");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		try {
			response.getWriter().write(JsonMapper.shared().writeValueAsString(problem));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
