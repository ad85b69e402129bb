package org.consentlab.credential.dcql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.consentlab.credential.oauth.JsonMembers;

/**
 * One credential set query (OpenID4VP 1.0 §6.2): its {@code options}, each a non-empty list of
 * credential query ids that together satisfy the verifier's use case, in the verifier's order of
 * preference, and whether the set is {@code required} (true unless it says false).
 */
public record CredentialSetQuery(List<List<String>> options, boolean required) {

	/** More options, or more ids in one option, are refused. */
	public static final int MAX_OPTIONS = 16;

	public CredentialSetQuery {
		options = options.stream().map(List::copyOf).toList();
		if (options.isEmpty() || options.size() > MAX_OPTIONS) {
			throw new IllegalArgumentException("1 to " + MAX_OPTIONS + " options");
		}
		for (List<String> option : options) {
			if (option.isEmpty() || option.size() > MAX_OPTIONS || new HashSet<>(option).size() != option.size()) {
				throw new IllegalArgumentException(
						"an option is 1 to " + MAX_OPTIONS + " distinct credential query ids");
			}
		}
	}

	/** The credential query ids any option names. */
	public Set<String> ids() {
		Set<String> ids = new HashSet<>();
		options.forEach(ids::addAll);
		return ids;
	}

	/** §6.4.2: the options whose every credential query the wallet can answer, in the verifier's order. */
	public List<List<String>> satisfiedOptions(Predicate<String> answerable) {
		List<List<String>> satisfied = new ArrayList<>();
		for (List<String> option : options) {
			if (option.stream().allMatch(answerable)) {
				satisfied.add(option);
			}
		}
		return List.copyOf(satisfied);
	}

	static CredentialSetQuery read(JsonMembers json) {
		List<?> options = json.optionalArray(Dcql.OPTIONS).orElseThrow(() -> json.fault(Dcql.OPTIONS, "is missing"));
		if (options.isEmpty() || options.size() > MAX_OPTIONS) {
			throw json.fault(Dcql.OPTIONS, "is not 1 to " + MAX_OPTIONS + " options");
		}
		List<List<String>> read = new ArrayList<>();
		for (Object option : options) {
			if (!(option instanceof List<?> ids)
					|| ids.isEmpty()
					|| ids.size() > MAX_OPTIONS
					|| !ids.stream().allMatch(String.class::isInstance)
					|| new HashSet<>(ids).size() != ids.size()) {
				throw json.fault(Dcql.OPTIONS, "is not an array of arrays of 1 to " + MAX_OPTIONS + " distinct ids");
			}
			read.add(ids.stream().map(String.class::cast).toList());
		}
		return new CredentialSetQuery(read, json.optionalBoolean(Dcql.REQUIRED).orElse(true));
	}

	Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put(Dcql.OPTIONS, options);
		if (!required) {
			map.put(Dcql.REQUIRED, false);
		}
		return map;
	}
}
