package org.consentlab.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns refusals at protocol endpoints into the OAuth error JSON the specifications define
 * ({@code {"error": ..., "error_description": ...}}), and malformed HTTP into {@code invalid_request}.
 * Applies only to the {@link ProtocolEndpoint} controllers, so learners' pages keep their own error pages.
 */
@RestControllerAdvice(annotations = ProtocolEndpoint.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProtocolErrors {

	@ExceptionHandler(ProtocolException.class)
	ResponseEntity<Map<String, Object>> refused(ProtocolException ex) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", ex.error());
		body.put("error_description", ex.description());
		ResponseEntity.BodyBuilder response = ResponseEntity.status(ex.status())
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noStore());
		if ("invalid_token".equals(ex.error())) {
			response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
		}
		return response.body(body);
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MissingRequestHeaderException.class,
			HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class,
			HttpRequestMethodNotSupportedException.class })
	ResponseEntity<Map<String, Object>> malformed(Exception ex) {
		return refused(ProtocolException.invalidRequest("the request is not of the form this endpoint accepts"));
	}
}
