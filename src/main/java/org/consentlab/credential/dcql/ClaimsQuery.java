package org.consentlab.credential.dcql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.consentlab.credential.oauth.JsonMembers;

/**
 * One claims query (OpenID4VP 1.0 §6.3): an optional {@code id} that claim sets refer to, and a
 * claims path pointer (§7), a non-empty array of property names, array indices and {@code null}
 * (every element of an array). {@code values} is not read by this app.
 */
public record ClaimsQuery(String id, List<Object> path) {

	/** Deeper pointers are refused: no credential of this app nests that far. */
	public static final int MAX_PATH = 8;

	static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

	public ClaimsQuery {
		if (id != null && !ID.matcher(id).matches()) {
			throw new IllegalArgumentException("a claim id is 1 to 64 letters, digits, _ or -");
		}
		List<Object> copy = new ArrayList<>();
		for (Object segment : path) {
			copy.add(segment instanceof Integer i ? Long.valueOf(i) : segment);
		}
		if (copy.isEmpty() || copy.size() > MAX_PATH || !copy.stream().allMatch(ClaimsQuery::isSegment)) {
			throw new IllegalArgumentException("a claims path is 1 to " + MAX_PATH + " names, indices or null");
		}
		path = Collections.unmodifiableList(copy);
	}

	/** A query for the property path {@code names}, e.g. {@code ["address", "locality"]}. */
	public static ClaimsQuery of(String id, String... names) {
		return new ClaimsQuery(id, List.of((Object[]) names));
	}

	/** The path as {@code a.b} when it names properties only; empty when it has indices or {@code null}. */
	public Optional<String> propertyPath() {
		List<String> names = new ArrayList<>();
		for (Object segment : path) {
			if (!(segment instanceof String name) || !NAME.matcher(name).matches()) {
				return Optional.empty();
			}
			names.add(name);
		}
		return Optional.of(String.join(".", names));
	}

	private static boolean isSegment(Object segment) {
		return segment == null
				|| (segment instanceof String s && !s.isEmpty() && s.length() <= 256)
				|| (segment instanceof Long l && l >= 0);
	}

	static ClaimsQuery read(JsonMembers json) {
		String id = json.optionalString(Dcql.ID).orElse(null);
		if (id != null && !ID.matcher(id).matches()) {
			throw json.fault(Dcql.ID, "is not 1 to 64 letters, digits, _ or -");
		}
		List<?> path = json.optionalArray(Dcql.PATH).orElseThrow(() -> json.fault(Dcql.PATH, "is missing"));
		if (path.size() > MAX_PATH || !path.stream().allMatch(ClaimsQuery::isSegment)) {
			throw json.fault(Dcql.PATH, "is not 1 to " + MAX_PATH + " names, non-negative indices or null");
		}
		return new ClaimsQuery(id, new ArrayList<>(path));
	}

	Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		if (id != null) {
			map.put(Dcql.ID, id);
		}
		map.put(Dcql.PATH, path);
		return map;
	}
}
