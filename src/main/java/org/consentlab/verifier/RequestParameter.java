package org.consentlab.verifier;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One parameter of an OpenID4VP request URI, percent-decoded, so a learner can read the request
 * beside the form a wallet receives (OpenID4VP §5, request parameters in the URI query).
 */
record RequestParameter(String name, String value) {

	/** The decoded query parameters of a request URI, in order; an empty list when it has none. */
	static List<RequestParameter> of(String uri) {
		int query = uri.indexOf('?');
		List<RequestParameter> parameters = new ArrayList<>();
		if (query < 0) {
			return parameters;
		}
		for (String pair : uri.substring(query + 1).split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = equals < 0 ? pair : pair.substring(0, equals);
			String value = equals < 0 ? "" : pair.substring(equals + 1);
			parameters.add(new RequestParameter(decode(name), decode(value)));
		}
		return parameters;
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}
}
