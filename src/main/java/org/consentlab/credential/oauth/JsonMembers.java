package org.consentlab.credential.oauth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.spec.VerificationErrorCode;

/**
 * The members of one JSON object of a protocol message, read with the strict, depth-limited parser
 * of the credential core. Every getter checks the member's type and throws a
 * {@link MalformedMessageException} naming it; unknown members are ignored, as OAuth 2.0 asks
 * (RFC 6749 §3.1, OpenID4VCI 1.0 §4.1.1, OpenID4VP 1.0 §5).
 */
public final class JsonMembers {

	/** The longest string member read, whatever the message. */
	public static final int MAX_STRING = 48 * 1024;

	private final Map<String, Object> members;

	private final OAuthError error;

	private final String where;

	private JsonMembers(Map<String, Object> members, OAuthError error, String where) {
		this.members = members;
		this.error = error;
		this.where = where;
	}

	/**
	 * Parses {@code text} as one JSON object of at most {@code maxLength} characters and
	 * {@code maxDepth} levels; {@code name} names the message in errors, {@code error} is what an
	 * endpoint answers when it is malformed.
	 */
	public static JsonMembers parse(String text, int maxLength, int maxDepth, OAuthError error, String name) {
		if (text == null || text.isEmpty()) {
			throw new MalformedMessageException(error, name, "is missing");
		}
		if (text.length() > maxLength) {
			throw new MalformedMessageException(error, name, "is longer than " + maxLength + " characters");
		}
		try {
			// The core's parser wants a code for its own errors; a protocol message turns it into ours here, once.
			return new JsonMembers(
					Json.parseObject(text, maxDepth, VerificationErrorCode.MALFORMED_SD_JWT), error, name);
		} catch (MalformedCredentialException ex) {
			throw new MalformedMessageException(
					error,
					name,
					ex.code() == VerificationErrorCode.JSON_TOO_DEEP
							? "is nested deeper than " + maxDepth + " levels"
							: "is not a JSON object");
		}
	}

	/** Parses {@code text} as a non-empty JSON array of objects, with the same limits as {@link #parse}. */
	@SuppressWarnings("unchecked")
	public static List<JsonMembers> parseObjects(
			String text, int maxLength, int maxDepth, OAuthError error, String name) {
		if (text == null || text.isEmpty()) {
			throw new MalformedMessageException(error, name, "is missing");
		}
		if (text.length() > maxLength) {
			throw new MalformedMessageException(error, name, "is longer than " + maxLength + " characters");
		}
		List<Object> array;
		try {
			array = Json.parseArray(text, maxDepth, VerificationErrorCode.MALFORMED_SD_JWT);
		} catch (MalformedCredentialException ex) {
			throw new MalformedMessageException(
					error,
					name,
					ex.code() == VerificationErrorCode.JSON_TOO_DEEP
							? "is nested deeper than " + maxDepth + " levels"
							: "is not a JSON array");
		}
		if (array.isEmpty() || !array.stream().allMatch(Map.class::isInstance)) {
			throw new MalformedMessageException(error, name, "is not a non-empty array of objects");
		}
		return array.stream()
				.map(each -> new JsonMembers((Map<String, Object>) each, error, name))
				.toList();
	}

	/** Wraps an object already parsed, e.g. a member of another message. */
	public static JsonMembers of(Map<String, Object> members, OAuthError error, String name) {
		return new JsonMembers(members, error, name);
	}

	/** The raw members, for a caller that keeps an object it does not interpret. */
	public Map<String, Object> asMap() {
		return members;
	}

	public boolean has(String name) {
		return members.get(name) != null;
	}

	/** A required non-empty string. */
	public String string(String name) {
		return optionalString(name).orElseThrow(() -> fault(name, "is missing"));
	}

	public Optional<String> optionalString(String name) {
		Object value = members.get(name);
		if (value == null) {
			return Optional.empty();
		}
		if (!(value instanceof String text) || text.isEmpty() || text.length() > MAX_STRING) {
			throw fault(name, "is not a non-empty string");
		}
		return Optional.of(text);
	}

	/** A required non-empty array of non-empty strings. */
	public List<String> strings(String name) {
		return optionalStrings(name).orElseThrow(() -> fault(name, "is missing"));
	}

	public Optional<List<String>> optionalStrings(String name) {
		return optionalArray(
				name,
				"a non-empty string",
				each -> each instanceof String text && !text.isEmpty() && text.length() <= MAX_STRING ? text : null);
	}

	/** A required object. */
	public JsonMembers object(String name) {
		return optionalObject(name).orElseThrow(() -> fault(name, "is missing"));
	}

	@SuppressWarnings("unchecked")
	public Optional<JsonMembers> optionalObject(String name) {
		Object value = members.get(name);
		if (value == null) {
			return Optional.empty();
		}
		if (!(value instanceof Map<?, ?> map)) {
			throw fault(name, "is not an object");
		}
		return Optional.of(new JsonMembers((Map<String, Object>) map, error, name));
	}

	/** A required non-empty array of objects. */
	public List<JsonMembers> objects(String name) {
		return optionalObjects(name).orElseThrow(() -> fault(name, "is missing"));
	}

	@SuppressWarnings("unchecked")
	public Optional<List<JsonMembers>> optionalObjects(String name) {
		return optionalArray(
				name,
				"an object",
				each -> each instanceof Map<?, ?> map ? new JsonMembers((Map<String, Object>) map, error, name) : null);
	}

	/**
	 * An optional non-empty array whose every element {@code element} accepts; it answers null for an
	 * element it refuses, and the fault then names {@code what} the array should hold.
	 */
	private <T> Optional<List<T>> optionalArray(String name, String what, Function<Object, T> element) {
		Object value = members.get(name);
		if (value == null) {
			return Optional.empty();
		}
		if (!(value instanceof List<?> list) || list.isEmpty()) {
			throw fault(name, "is not a non-empty array");
		}
		List<T> elements = new ArrayList<>();
		for (Object each : list) {
			T accepted = element.apply(each);
			if (accepted == null) {
				throw fault(name, "holds something other than " + what);
			}
			elements.add(accepted);
		}
		return Optional.of(List.copyOf(elements));
	}

	/** A non-empty array as it is, for members whose elements the caller checks itself. */
	public Optional<List<?>> optionalArray(String name) {
		Object value = members.get(name);
		if (value == null) {
			return Optional.empty();
		}
		if (!(value instanceof List<?> list) || list.isEmpty()) {
			throw fault(name, "is not a non-empty array");
		}
		return Optional.of(list);
	}

	/** An integer in {@code [min, max]}. */
	public Optional<Long> optionalInteger(String name, long min, long max) {
		Object value = members.get(name);
		if (value == null) {
			return Optional.empty();
		}
		if (!(value instanceof Long number) || number < min || number > max) {
			throw fault(name, "is not an integer from " + min + " to " + max);
		}
		return Optional.of(number);
	}

	public Optional<Boolean> optionalBoolean(String name) {
		Object value = members.get(name);
		if (value == null) {
			return Optional.empty();
		}
		if (!(value instanceof Boolean bool)) {
			throw fault(name, "is not true or false");
		}
		return Optional.of(bool);
	}

	/** The error for the member {@code name} of this object. */
	public MalformedMessageException fault(String name, String detail) {
		return new MalformedMessageException(error, name, detail);
	}
}
