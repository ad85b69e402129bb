package org.consentlab.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that happen before a controller runs (a filter's 413, a 403 from security, an unknown
 * path) end here and get the same page as the rest, never the container's default; a request
 * that asked for JSON gets problem details instead.
 */
@Controller
class ErrorPageController implements ErrorController {

	private final ErrorPages pages;

	ErrorPageController(ErrorPages pages) {
		this.pages = pages;
	}

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		// no status: someone asked for /error itself, which is not a page
		HttpStatus status = HttpStatus.resolve(code instanceof Integer i ? i : code == null ? 404 : 500);
		if (status == null || status.value() < 400) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		String key = switch (status) {
			case NOT_FOUND -> "notfound.page";
			case FORBIDDEN -> "error.forbidden";
			case CONTENT_TOO_LARGE -> "error.too-large";
			case BAD_REQUEST -> "error.bad-request";
			case METHOD_NOT_ALLOWED -> "error.method";
			case SERVICE_UNAVAILABLE -> "error.busy";
			default -> status.is4xxClientError() ? "error.bad-request" : "error.unexpected";
		};
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		// the handler here is this controller, so only the Accept header tells what the client reads
		return pages.answer(
				ProblemDetails.asksForJson(request), request, response, status, key, uri == null ? "" : uri.toString());
	}
}
