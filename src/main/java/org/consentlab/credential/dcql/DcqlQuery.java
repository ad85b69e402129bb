package org.consentlab.credential.dcql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oauth.JsonMembers;
import org.consentlab.credential.oauth.OAuthError;

/**
 * A DCQL query (OpenID4VP 1.0 §6): the credential queries, each with a unique id that the
 * {@code vp_token} answers under (§8.1), and the optional credential set queries (§6.2) that say
 * which combinations of them satisfy the verifier. Without credential sets, every credential query
 * must be answered (§6.4.2).
 */
public record DcqlQuery(List<CredentialQuery> credentials, List<CredentialSetQuery> credentialSets) {

	/** Queries are passed by value in a URL; nothing longer is read. */
	public static final int MAX_LENGTH = 8 * 1024;

	/** More credential queries, or more credential set queries, are refused. */
	public static final int MAX_CREDENTIALS = 16;

	/** Deep enough for a claims path pointer inside a claims query inside a credential query. */
	static final int MAX_DEPTH = 6;

	public DcqlQuery {
		credentials = List.copyOf(credentials);
		credentialSets = List.copyOf(credentialSets);
		Set<String> ids = new HashSet<>();
		if (credentials.isEmpty() || !credentials.stream().allMatch(query -> ids.add(query.id()))) {
			throw new IllegalArgumentException("one or more credential queries with unique ids");
		}
		if (credentials.size() > MAX_CREDENTIALS || credentialSets.size() > MAX_CREDENTIALS) {
			throw new IllegalArgumentException("at most " + MAX_CREDENTIALS + " credential and credential set queries");
		}
		if (!credentialSets.stream().allMatch(set -> ids.containsAll(set.ids()))) {
			throw new IllegalArgumentException("a credential set names credential query ids of this query");
		}
	}

	/** A query without credential sets: every credential query must be answered. */
	public DcqlQuery(List<CredentialQuery> credentials) {
		this(credentials, List.of());
	}

	/** Parses the JSON of the {@code dcql_query} parameter. */
	public static DcqlQuery parse(String json) {
		JsonMembers query = JsonMembers.parse(json, MAX_LENGTH, MAX_DEPTH, OAuthError.INVALID_REQUEST, "dcql_query");
		List<JsonMembers> credentialQueries = query.objects(Dcql.CREDENTIALS);
		if (credentialQueries.size() > MAX_CREDENTIALS) {
			throw query.fault(Dcql.CREDENTIALS, "has more than " + MAX_CREDENTIALS + " credential queries");
		}
		List<CredentialQuery> credentials =
				credentialQueries.stream().map(CredentialQuery::read).toList();
		Set<String> ids = new HashSet<>();
		if (!credentials.stream().allMatch(credential -> ids.add(credential.id()))) {
			throw query.fault(Dcql.CREDENTIALS, "has two credential queries with the same id");
		}
		List<JsonMembers> setQueries =
				query.optionalObjects(Dcql.CREDENTIAL_SETS).orElse(List.of());
		if (setQueries.size() > MAX_CREDENTIALS) {
			throw query.fault(Dcql.CREDENTIAL_SETS, "has more than " + MAX_CREDENTIALS + " credential set queries");
		}
		List<CredentialSetQuery> sets =
				setQueries.stream().map(CredentialSetQuery::read).toList();
		if (!sets.stream().allMatch(set -> ids.containsAll(set.ids()))) {
			throw query.fault(Dcql.CREDENTIAL_SETS, "names a credential query id the query does not have");
		}
		return new DcqlQuery(credentials, sets);
	}

	/**
	 * §6.4.2, which credentials to return when the wallet can answer the credential queries for which
	 * {@code answerable} holds. Each credential set query gets the options it can satisfy; without
	 * credential sets there is one required set whose only option is every credential query.
	 */
	public Selection select(Predicate<String> answerable) {
		List<CredentialSetQuery> sets = credentialSets.isEmpty()
				? List.of(new CredentialSetQuery(
						List.of(credentials.stream().map(CredentialQuery::id).toList()), true))
				: credentialSets;
		List<Selection.SetOutcome> outcomes = new ArrayList<>();
		for (CredentialSetQuery set : sets) {
			outcomes.add(new Selection.SetOutcome(set, set.satisfiedOptions(answerable)));
		}
		return new Selection(outcomes);
	}

	/** The outcome of {@link #select}: for each credential set query, the options the wallet can satisfy. */
	public record Selection(List<SetOutcome> sets) {

		public Selection {
			sets = List.copyOf(sets);
		}

		/** One credential set query and its satisfiable options, in the verifier's order of preference. */
		public record SetOutcome(CredentialSetQuery query, List<List<String>> satisfiedOptions) {

			public SetOutcome {
				satisfiedOptions = List.copyOf(satisfiedOptions);
			}

			public boolean satisfied() {
				return !satisfiedOptions.isEmpty();
			}
		}

		/** Whether every required credential set query has an option the wallet can satisfy. */
		public boolean satisfied() {
			return sets.stream().allMatch(set -> !set.query().required() || set.satisfied());
		}

		/**
		 * The credential query ids to answer with the verifier's preferred option of each set: the
		 * first satisfiable option of every required set and of each optional set that has one.
		 * Empty when a required set cannot be satisfied: then no credential is returned at all.
		 */
		public Set<String> preferred() {
			if (!satisfied()) {
				return Set.of();
			}
			Set<String> ids = new LinkedHashSet<>();
			for (SetOutcome set : sets) {
				if (set.satisfied()) {
					ids.addAll(set.satisfiedOptions().get(0));
				}
			}
			return Set.copyOf(ids);
		}
	}

	public String toJson() {
		Map<String, Object> query = new LinkedHashMap<>();
		query.put(
				Dcql.CREDENTIALS,
				credentials.stream().map(CredentialQuery::toMap).toList());
		if (!credentialSets.isEmpty()) {
			query.put(
					Dcql.CREDENTIAL_SETS,
					credentialSets.stream().map(CredentialSetQuery::toMap).toList());
		}
		return Json.write(query);
	}
}
