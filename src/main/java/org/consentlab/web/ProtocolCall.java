package org.consentlab.web;

import java.util.Map;

/**
 * A protocol request as it crossed the wire, handed to an endpoint's handler: the variables of the
 * path it matched, its parameters (query, then a URL-encoded form body, the first value of each name
 * as a servlet reads them), its {@code Authorization} header and its body.
 */
public record ProtocolCall(
		Map<String, String> pathVariables, Map<String, String> parameters, String authorization, String body) {

	public ProtocolCall {
		pathVariables = Map.copyOf(pathVariables);
		parameters = Map.copyOf(parameters);
	}

	/** A variable of the route's path, such as {@code {id}}. */
	public String path(String name) {
		String value = pathVariables.get(name);
		if (value == null) {
			throw new IllegalArgumentException("the route has no path variable " + name);
		}
		return value;
	}

	/** A parameter, or null when the request has none of that name. */
	public String parameter(String name) {
		return parameters.get(name);
	}
}
