package org.consentlab.credential.dcql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.consentlab.credential.oauth.JsonMembers;

/**
 * One credential query (OpenID4VP 1.0 §6.1): its {@code id}, {@code format}, the SD-JWT VC types it
 * accepts ({@code meta.vct_values}, Appendix B.3.5), the {@code claims} it asks for (§6.3) and the
 * {@code claim_sets} that say which combinations satisfy it (§6.4.1). A claim in every claim set is
 * required; one in only some the wallet may leave out.
 */
public record CredentialQuery(
		String id, String format, List<String> vctValues, List<ClaimsQuery> claims, List<List<String>> claimSets) {

	/** More than this many claims or claim sets are refused. */
	public static final int MAX_CLAIMS = 64;

	public CredentialQuery {
		if (id == null || !ClaimsQuery.ID.matcher(id).matches()) {
			throw new IllegalArgumentException("a credential query id is 1 to 64 letters, digits, _ or -");
		}
		Objects.requireNonNull(format, Dcql.FORMAT);
		vctValues = List.copyOf(vctValues);
		claims = List.copyOf(claims);
		claimSets = claimSets.stream().map(List::copyOf).toList();
		if (claims.size() > MAX_CLAIMS || claimSets.size() > MAX_CLAIMS) {
			throw new IllegalArgumentException("at most " + MAX_CLAIMS + " claims and claim sets");
		}
		Set<String> ids = new HashSet<>();
		for (ClaimsQuery claim : claims) {
			if (claim.id() != null && !ids.add(claim.id())) {
				throw new IllegalArgumentException("claim ids are unique");
			}
		}
		for (List<String> set : claimSets) {
			if (set.isEmpty() || !ids.containsAll(set)) {
				throw new IllegalArgumentException("a claim set names claim ids of this query");
			}
		}
	}

	/** Whether the wallet must disclose {@code claim}: it is in every claim set, or there are none. */
	public boolean requires(ClaimsQuery claim) {
		return claimSets.isEmpty()
				|| (claim.id() != null && claimSets.stream().allMatch(set -> set.contains(claim.id())));
	}

	/**
	 * §6.4.1, the claims a credential with these {@code claims} (all of them, as its holder sees
	 * them) would disclose for this query: every claims query when there are no claim sets,
	 * otherwise the first claim set, in the verifier's order, whose claims all match. Empty when
	 * the credential cannot answer: then it is treated as if it were not in the wallet. A claim
	 * whose value is not one of its query's {@code values} counts as absent.
	 */
	public Optional<List<ClaimsQuery>> selectClaims(Map<String, Object> claims) {
		if (claimSets.isEmpty()) {
			return this.claims.stream().allMatch(query -> query.matches(claims))
					? Optional.of(this.claims)
					: Optional.empty();
		}
		Map<String, ClaimsQuery> byId = new LinkedHashMap<>();
		this.claims.forEach(query -> byId.put(query.id(), query));
		for (List<String> set : claimSets) {
			List<ClaimsQuery> chosen = set.stream().map(byId::get).toList();
			if (chosen.stream().allMatch(query -> query.matches(claims))) {
				return Optional.of(chosen);
			}
		}
		return Optional.empty();
	}

	/** Whether a credential of type {@code vct} with these claims answers this query (Appendix B.3.5, §6.4.1). */
	public boolean matches(String vct, Map<String, Object> claims) {
		return (vctValues.isEmpty() || vctValues.contains(vct))
				&& selectClaims(claims).isPresent();
	}

	static CredentialQuery read(JsonMembers json) {
		String id = json.string(Dcql.ID);
		if (!ClaimsQuery.ID.matcher(id).matches()) {
			throw json.fault(Dcql.ID, "is not 1 to 64 letters, digits, _ or -");
		}
		List<String> vcts =
				json.object(Dcql.META).optionalStrings(Dcql.VCT_VALUES).orElse(List.of());
		List<ClaimsQuery> claims = json.optionalObjects(Dcql.CLAIMS).orElse(List.of()).stream()
				.map(ClaimsQuery::read)
				.toList();
		List<List<String>> sets = new ArrayList<>();
		for (Object set : json.optionalArray(Dcql.CLAIM_SETS).orElse(List.of())) {
			if (!(set instanceof List<?> list)
					|| list.isEmpty()
					|| !list.stream().allMatch(String.class::isInstance)) {
				throw json.fault(Dcql.CLAIM_SETS, "is not an array of non-empty arrays of claim ids");
			}
			sets.add(list.stream().map(String.class::cast).toList());
		}
		Set<String> ids = new LinkedHashSet<>();
		for (ClaimsQuery claim : claims) {
			if (claim.id() != null && !ids.add(claim.id())) {
				throw json.fault(Dcql.CLAIMS, "has two claims with the id " + claim.id());
			}
		}
		if (claims.size() > MAX_CLAIMS || sets.size() > MAX_CLAIMS) {
			throw json.fault(Dcql.CLAIMS, "has more than " + MAX_CLAIMS + " claims or claim sets");
		}
		if (!sets.isEmpty() && (claims.isEmpty() || !sets.stream().allMatch(ids::containsAll))) {
			throw json.fault(Dcql.CLAIM_SETS, "names a claim id the query does not have");
		}
		return new CredentialQuery(id, json.string(Dcql.FORMAT), vcts, claims, sets);
	}

	Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put(Dcql.ID, id);
		map.put(Dcql.FORMAT, format);
		map.put(Dcql.META, vctValues.isEmpty() ? Map.of() : Map.of(Dcql.VCT_VALUES, vctValues));
		if (!claims.isEmpty()) {
			map.put(Dcql.CLAIMS, claims.stream().map(ClaimsQuery::toMap).toList());
		}
		if (!claimSets.isEmpty()) {
			map.put(Dcql.CLAIM_SETS, claimSets);
		}
		return map;
	}
}
