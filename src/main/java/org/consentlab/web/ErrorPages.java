package org.consentlab.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Turns every failure a learner can cause into a page that says what went wrong, in words from
 * the message bundle; a JSON endpoint's failure gets the same words as RFC 9457 problem details
 * ({@link ProblemDetails}). No exception message and no stack trace ever reaches the learner.
 */
@ControllerAdvice
@Order(0)
class ErrorPages {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	private final ProblemDetails problems;

	ErrorPages(ProblemDetails problems) {
		this.problems = problems;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.NOT_FOUND, e.kind(), e.id());
	}

	@ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
	ModelAndView noPage(HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.NOT_FOUND, "notfound.page", request.getRequestURI());
	}

	@ExceptionHandler(BadInputException.class)
	ModelAndView badInput(BadInputException e, HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.BAD_REQUEST, e.messageKey(), e.field());
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ModelAndView missing(
			MissingServletRequestParameterException e, HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.BAD_REQUEST, "error.field.missing", e.getParameterName());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView mismatch(
			MethodArgumentTypeMismatchException e, HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.BAD_REQUEST, "error.field.invalid", e.getName());
	}

	@ExceptionHandler(BindException.class)
	ModelAndView bind(BindException e, HttpServletRequest request, HttpServletResponse response) {
		String field = e.getFieldError() == null ? "form" : e.getFieldError().getField();
		return answer(request, response, HttpStatus.BAD_REQUEST, "error.field.invalid", field);
	}

	@ExceptionHandler({PayloadTooLargeException.class, MaxUploadSizeExceededException.class})
	ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.CONTENT_TOO_LARGE, "error.too-large", "");
	}

	@ExceptionHandler(ServiceBusyException.class)
	ModelAndView busy(ServiceBusyException e, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader(
				"Retry-After", String.valueOf(Math.max(1, e.retryAfter().toSeconds())));
		return answer(request, response, HttpStatus.SERVICE_UNAVAILABLE, e.messageKey(), "");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ModelAndView method(HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.METHOD_NOT_ALLOWED, "error.method", request.getMethod());
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ModelAndView mediaType(HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.media-type", "");
	}

	/** Spring Security handles these itself (login page or 403); rethrow so it can. */
	@ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
	void security(RuntimeException e) {
		throw e;
	}

	/** The browser closed a live stream (a dashboard tab was closed): there is no one left to answer. */
	@ExceptionHandler(AsyncRequestNotUsableException.class)
	void clientGone() {
		// nothing to send
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
		log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
		return answer(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", "");
	}

	/**
	 * The page, or for a request that expects JSON a problem-details body (written here, so no view
	 * is returned).
	 */
	ModelAndView answer(
			HttpServletRequest request,
			HttpServletResponse response,
			HttpStatus status,
			String messageKey,
			String detail) {
		return answer(ProblemDetails.wanted(request), request, response, status, messageKey, detail);
	}

	ModelAndView answer(
			boolean json,
			HttpServletRequest request,
			HttpServletResponse response,
			HttpStatus status,
			String messageKey,
			String detail) {
		if (json) {
			problems.write(response, status, messageKey, detail, RequestContextUtils.getLocale(request));
			return null;
		}
		return page(response, status, messageKey, detail);
	}

	static ModelAndView page(HttpServletResponse response, HttpStatus status, String messageKey, String detail) {
		response.setStatus(status.value());
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("messageKey", messageKey);
		page.addObject("detail", detail);
		return page;
	}
}
