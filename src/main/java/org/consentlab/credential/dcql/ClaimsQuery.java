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
 * One claims query (OpenID4VP 1.0 §6.3): an optional {@code id} that claim sets refer to, a claims
 * path pointer (§7), a non-empty array of property names, array indices and {@code null} (every
 * element of an array), and optional {@code values}: strings, integers or booleans, one of which
 * the claim must equal in type and value (§6.4.1: a claim that does not is treated as absent).
 * An empty {@code values} list means the query sets no value.
 */
public record ClaimsQuery(String id, List<Object> path, List<Object> values) {

	/** Deeper pointers are refused: no credential of this app nests that far. */
	public static final int MAX_PATH = 8;

	/** More expected values are refused. */
	public static final int MAX_VALUES = 64;

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
		List<Object> expected = new ArrayList<>();
		for (Object value : values) {
			expected.add(value instanceof Integer i ? Long.valueOf(i) : value);
		}
		if (expected.size() > MAX_VALUES || !expected.stream().allMatch(ClaimsQuery::isValue)) {
			throw new IllegalArgumentException("at most " + MAX_VALUES + " values, each a string, integer or boolean");
		}
		values = Collections.unmodifiableList(expected);
	}

	/** A claims query without expected values. */
	public ClaimsQuery(String id, List<Object> path) {
		this(id, path, List.of());
	}

	/** A query for the property path {@code names}, e.g. {@code ["address", "locality"]}. */
	public static ClaimsQuery of(String id, String... names) {
		return new ClaimsQuery(id, List.of((Object[]) names));
	}

	/**
	 * The elements the path selects in a credential's claims (§7.1): a name selects that member of
	 * each selected object, an index that element of each selected array, {@code null} every element.
	 * A name applied to an array or an index to an object is an error of the query for this
	 * credential (§7.1), which selects nothing here: the credential does not match.
	 */
	public List<Object> select(Map<String, Object> claims) {
		List<Object> selected = List.of(claims);
		for (Object segment : path) {
			List<Object> next = new ArrayList<>();
			for (Object element : selected) {
				if (segment instanceof String name) {
					if (!(element instanceof Map<?, ?> object)) {
						return List.of();
					}
					if (object.containsKey(name)) {
						next.add(object.get(name));
					}
				} else if (!(element instanceof List<?> array)) {
					return List.of();
				} else if (segment == null) {
					next.addAll(array);
				} else if ((Long) segment < array.size()) {
					next.add(array.get(((Long) segment).intValue()));
				}
			}
			selected = next;
		}
		return selected;
	}

	/**
	 * Whether a credential with these claims has the claim this query asks for: the path selects
	 * something and, when {@code values} are given, a selected element equals one of them in type
	 * and value ({@code "90210"} is not {@code 90210}).
	 */
	public boolean matches(Map<String, Object> claims) {
		List<Object> selected = select(claims);
		if (values.isEmpty()) {
			return !selected.isEmpty();
		}
		return selected.stream()
				.map(v -> v instanceof Integer i ? Long.valueOf(i) : v)
				.anyMatch(values::contains);
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

	private static boolean isValue(Object value) {
		return (value instanceof String s && s.length() <= 256) || value instanceof Long || value instanceof Boolean;
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
		List<?> values = json.optionalArray(Dcql.VALUES).orElse(List.of());
		if (values.size() > MAX_VALUES || !values.stream().allMatch(ClaimsQuery::isValue)) {
			throw json.fault(Dcql.VALUES, "is not 1 to " + MAX_VALUES + " strings, integers or booleans");
		}
		return new ClaimsQuery(id, new ArrayList<>(path), new ArrayList<>(values));
	}

	Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		if (id != null) {
			map.put(Dcql.ID, id);
		}
		map.put(Dcql.PATH, path);
		if (!values.isEmpty()) {
			map.put(Dcql.VALUES, values);
		}
		return map;
	}
}
