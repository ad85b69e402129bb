package org.consentlab.wallet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.consentlab.credential.sdjwt.ClaimPath;

/**
 * One Credential Query of a DCQL query (OpenID4VP 1.0 §6.1): its {@code id}, {@code format},
 * {@code meta.vct_values} (§B.3.5) and {@code claims} (§6.3) with their {@code claim_sets} (§6.4).
 * A claim in every claim set is required; a claim only in some is optional: the wallet may leave
 * it out and still satisfy the query. Only claim paths of property names are supported.
 */
public record DcqlCredentialQuery(String id, String format, List<String> vctValues, List<Claim> claims) {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

	/** One requested claim: its id in the query, its path written {@code a.b}, and whether it is required. */
	public record Claim(String id, String path, boolean required) {

		ClaimPath claimPath() {
			return ClaimPath.parse(path);
		}

	}

	static DcqlCredentialQuery parse(Map<String, Object> dcql) {
		Object credentials = dcql.get("credentials");
		if (!(credentials instanceof List) || ((List<?>) credentials).size() != 1
				|| !(((List<?>) credentials).get(0) instanceof Map)) {
			throw new PresentationRequest.InvalidRequest("dcql_query");
		}
		Map<?, ?> query = (Map<?, ?>) ((List<?>) credentials).get(0);
		Object id = query.get("id");
		Object format = query.get("format");
		Object meta = query.get("meta");
		Object vcts = (meta instanceof Map) ? ((Map<?, ?>) meta).get("vct_values") : null;
		Object claims = query.get("claims");
		if (!(id instanceof String) || !NAME.matcher((String) id).matches() || !(format instanceof String)
				|| !(vcts instanceof List) || !(claims instanceof List) || ((List<?>) claims).isEmpty()) {
			throw new PresentationRequest.InvalidRequest("dcql_query");
		}
		List<String> vctValues = new ArrayList<>();
		((List<?>) vcts).forEach(v -> vctValues.add(String.valueOf(v)));
		Set<String> required = required(query.get("claim_sets"), (List<?>) claims);
		List<Claim> parsed = new ArrayList<>();
		for (Object claim : (List<?>) claims) {
			Object claimId = (claim instanceof Map) ? ((Map<?, ?>) claim).get("id") : null;
			Optional<String> path = (claim instanceof Map) ? pathText(((Map<?, ?>) claim).get("path")) : Optional.empty();
			if (!(claimId instanceof String) || path.isEmpty()) {
				throw new PresentationRequest.InvalidRequest("dcql_query");
			}
			parsed.add(new Claim((String) claimId, path.get(), required.contains(claimId)));
		}
		return new DcqlCredentialQuery((String) id, (String) format, List.copyOf(vctValues), List.copyOf(parsed));
	}

	/** The claim ids in every claim set; all claims when there are no claim sets. */
	private static Set<String> required(Object claimSets, List<?> claims) {
		Set<String> all = new LinkedHashSet<>();
		claims.forEach(c -> all.add(String.valueOf((c instanceof Map) ? ((Map<?, ?>) c).get("id") : null)));
		if (claimSets == null) {
			return all;
		}
		if (!(claimSets instanceof List) || ((List<?>) claimSets).isEmpty()) {
			throw new PresentationRequest.InvalidRequest("dcql_query");
		}
		Set<String> inEvery = new LinkedHashSet<>(all);
		for (Object set : (List<?>) claimSets) {
			if (!(set instanceof List)) {
				throw new PresentationRequest.InvalidRequest("dcql_query");
			}
			inEvery.retainAll(((List<?>) set).stream().map(String::valueOf).toList());
		}
		return inEvery;
	}

	/** A DCQL claims path of property names, written {@code a.b}; empty when it is anything else. */
	static Optional<String> pathText(Object path) {
		if (!(path instanceof List) || ((List<?>) path).isEmpty() || ((List<?>) path).size() > 4) {
			return Optional.empty();
		}
		List<String> names = new ArrayList<>();
		for (Object segment : (List<?>) path) {
			if (!(segment instanceof String) || !NAME.matcher((String) segment).matches()) {
				return Optional.empty();
			}
			names.add((String) segment);
		}
		return Optional.of(String.join(".", names));
	}
}
