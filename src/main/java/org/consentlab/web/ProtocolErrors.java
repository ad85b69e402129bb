package org.consentlab.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.credential.oauth.OAuthError;
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
 * ({@code {"error": ..., "error_description": ...}}, RFC 6749 §5.2), malformed protocol messages into
 * the error their type names, and malformed HTTP into {@code invalid_request}.
 * Applies only to the {@link ProtocolEndpoint} controllers, so learners' pages keep their own error pages.
 */
@RestControllerAdvice(annotations = ProtocolEndpoint.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProtocolErrors {

	@ExceptionHandler(ProtocolException.class)
	ResponseEntity<String> refused(ProtocolException ex) {
		return response(ex);
	}

	/** A protocol message that could not be read: its own error code, naming the member at fault. */
	@ExceptionHandler(MalformedMessageException.class)
	ResponseEntity<String> malformedMessage(MalformedMessageException ex) {
		return response(ex);
	}

	/** The refusal as the endpoint answers it, over HTTP and to the app's own calls ({@link ProtocolRouter}). */
	static ResponseEntity<String> response(ProtocolException ex) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put(OAuthError.ERROR, ex.error().code());
		body.put(OAuthError.ERROR_DESCRIPTION, ex.description());
		ResponseEntity.BodyBuilder response = ResponseEntity.status(ex.status())
				.contentType(MediaType.APPLICATION_JSON)
				.cacheControl(CacheControl.noStore());
		if (ex.error() == OAuthError.INVALID_TOKEN) {
			// RFC 6750 §3: a refused bearer token is named in the challenge too
			response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"" + OAuthError.INVALID_TOKEN.code() + "\"");
		}
		return response.body(Json.write(body));
	}

	static ResponseEntity<String> response(MalformedMessageException ex) {
		return response(new ProtocolException(ex.error(), ex.member() + " " + ex.detail()));
	}

	@ExceptionHandler({
		MissingServletRequestParameterException.class,
		MissingRequestHeaderException.class,
		HttpMessageNotReadableException.class,
		HttpMediaTypeNotSupportedException.class,
		HttpRequestMethodNotSupportedException.class
	})
	ResponseEntity<String> malformed(Exception ex) {
		return response(ProtocolException.invalidRequest("the request is not of the form this endpoint accepts"));
	}
}
