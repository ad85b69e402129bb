package org.consentlab.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.credential.oauth.OAuthError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Serves the app's own protocol calls in the calling thread, through the handlers the HTTP endpoints
 * use: a route is a path pattern, a method, the content type a POST must have, and a handler. A
 * refusal becomes the OAuth error JSON that {@link ProtocolErrors} writes for HTTP; a path no
 * endpoint serves gets 404, a wrong method 405, a wrong content type 415 and a body over the app's
 * limit 413, as over HTTP. Anything else a handler throws is the endpoint's own fault: it is logged
 * and answered 500 {@code server_error}, as over HTTP, so the caller never mistakes it for a
 * refusal of what it sent.
 */
public final class ProtocolRouter {

	private static final Logger LOG = LoggerFactory.getLogger(ProtocolRouter.class);

	/** A handler: the same method the endpoint's HTTP mapping calls. */
	public interface Handler {

		ResponseEntity<String> handle(ProtocolCall call);
	}

	private record Route(HttpMethod method, PathPattern pattern, MediaType consumes, Handler handler) {}

	private final List<Route> routes = new ArrayList<>();

	private final long maxRequestBytes;

	public ProtocolRouter(long maxRequestBytes) {
		this.maxRequestBytes = maxRequestBytes;
	}

	public void get(String pattern, Handler handler) {
		add(HttpMethod.GET, pattern, null, handler);
	}

	/** A POST route; {@code consumes} is null when the endpoint takes any body. */
	public void post(String pattern, MediaType consumes, Handler handler) {
		add(HttpMethod.POST, pattern, consumes, handler);
	}

	private void add(HttpMethod method, String pattern, MediaType consumes, Handler handler) {
		routes.add(new Route(method, PathPatternParser.defaultInstance.parse(pattern), consumes, handler));
	}

	/** The routes as {@code METHOD pattern [content type]}, to compare with the HTTP mappings. */
	public List<String> describe() {
		return routes.stream()
				.map(route -> route.method() + " " + route.pattern().getPatternString()
						+ (route.consumes() == null ? "" : " " + route.consumes()))
				.toList();
	}

	/** Whether a request of {@code method} to {@code rawPath} is one of these routes' messages. */
	public boolean serves(HttpMethod method, String rawPath) {
		PathContainer path = PathContainer.parsePath(rawPath);
		return routes.stream()
				.anyMatch(route ->
						route.method().equals(method) && route.pattern().matches(path));
	}

	/**
	 * Serves one call to {@code rawPath} (and {@code rawQuery}, as they appear in a URL);
	 * {@code rawQuery}, {@code contentType}, {@code body} and {@code bearer} may be null.
	 */
	public ResponseEntity<String> dispatch(
			HttpMethod method, String rawPath, String rawQuery, String contentType, String body, String bearer) {
		String text = body == null ? "" : body;
		if (text.getBytes(StandardCharsets.UTF_8).length > maxRequestBytes) {
			return refusal(HttpStatus.CONTENT_TOO_LARGE, "the request is larger than " + maxRequestBytes + " bytes");
		}
		PathContainer path = PathContainer.parsePath(rawPath);
		List<Route> onPath =
				routes.stream().filter(route -> route.pattern().matches(path)).toList();
		if (onPath.isEmpty()) {
			return refusal(HttpStatus.NOT_FOUND, "no protocol endpoint at this path");
		}
		Optional<Route> withMethod =
				onPath.stream().filter(route -> route.method().equals(method)).findFirst();
		if (withMethod.isEmpty()) {
			return refusal(HttpStatus.METHOD_NOT_ALLOWED, "this endpoint does not take " + method);
		}
		Route route = withMethod.get();
		ProtocolCall call;
		try {
			if (route.consumes() != null && !accepts(route.consumes(), contentType)) {
				return refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "this endpoint takes " + route.consumes());
			}
			Map<String, String> parameters = new LinkedHashMap<>();
			addParameters(parameters, rawQuery);
			if (isForm(contentType)) {
				addParameters(parameters, text);
			}
			call = new ProtocolCall(
					route.pattern().matchAndExtract(path).getUriVariables(),
					parameters,
					bearer == null ? null : "Bearer " + bearer,
					text);
		} catch (IllegalArgumentException malformed) {
			// a content type or a %-escape that does not parse (InvalidMediaTypeException is one too)
			return refusal(HttpStatus.BAD_REQUEST, "the request is not of the form this endpoint accepts");
		}
		try {
			return route.handler().handle(call);
		} catch (ProtocolException ex) {
			return ProtocolErrors.response(ex);
		} catch (MalformedMessageException ex) {
			return ProtocolErrors.response(ex);
		} catch (RuntimeException fault) {
			LOG.error("protocol endpoint {} {} failed", method, route.pattern().getPatternString(), fault);
			return ProtocolErrors.response(
					new ProtocolException(OAuthError.SERVER_ERROR, "the endpoint failed; the server's log says why"));
		}
	}

	private static ResponseEntity<String> refusal(HttpStatus status, String description) {
		return ProtocolErrors.response(new ProtocolException(status, OAuthError.INVALID_REQUEST, description));
	}

	private static boolean accepts(MediaType consumes, String contentType) {
		return contentType != null && consumes.includes(MediaType.parseMediaType(contentType));
	}

	private static boolean isForm(String contentType) {
		return contentType != null
				&& MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(contentType));
	}

	/** URL-encoded pairs, decoded as a servlet container decodes them; the first value of a name wins. */
	private static void addParameters(Map<String, String> parameters, String encoded) {
		if (encoded == null || encoded.isEmpty()) {
			return;
		}
		for (String pair : encoded.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
			String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			parameters.putIfAbsent(name, value);
		}
	}
}
