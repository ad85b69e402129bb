package org.consentlab.credential.dcql;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oauth.JsonMembers;
import org.consentlab.credential.oauth.OAuthError;

/**
 * A DCQL query (OpenID4VP 1.0 §6): the credential queries, each with a unique id that the
 * {@code vp_token} answers under (§8.1). {@code credential_sets} (§6.2) is not read: this app's
 * verifiers ask for one credential.
 */
public record DcqlQuery(List<CredentialQuery> credentials) {

	/** Queries are passed by value in a URL; nothing longer is read. */
	public static final int MAX_LENGTH = 8 * 1024;

	/** Deep enough for a claims path pointer inside a claims query inside a credential query. */
	static final int MAX_DEPTH = 6;

	public DcqlQuery {
		credentials = List.copyOf(credentials);
		Set<String> ids = new HashSet<>();
		if (credentials.isEmpty() || !credentials.stream().allMatch(query -> ids.add(query.id()))) {
			throw new IllegalArgumentException("one or more credential queries with unique ids");
		}
	}

	/** Parses the JSON of the {@code dcql_query} parameter. */
	public static DcqlQuery parse(String json) {
		JsonMembers query = JsonMembers.parse(json, MAX_LENGTH, MAX_DEPTH, OAuthError.INVALID_REQUEST, "dcql_query");
		List<CredentialQuery> credentials = query.objects(Dcql.CREDENTIALS).stream()
				.map(CredentialQuery::read)
				.toList();
		Set<String> ids = new HashSet<>();
		if (!credentials.stream().allMatch(credential -> ids.add(credential.id()))) {
			throw query.fault(Dcql.CREDENTIALS, "has two credential queries with the same id");
		}
		return new DcqlQuery(credentials);
	}

	public String toJson() {
		return Json.write(Map.of(
				Dcql.CREDENTIALS,
				credentials.stream().map(CredentialQuery::toMap).toList()));
	}
}
