package org.consentlab.credential.dcql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.consentlab.credential.TestVectors;
import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.credential.oauth.OAuthError;
import org.junit.jupiter.api.Test;

/** DCQL (OpenID4VP 1.0 §6): the specification's examples, claim sets, round trips and refusals. */
class DcqlQueryTests {

	@Test
	void parseWhenSpecSimpleQueryThenThreeClaimsAllRequired() {
		DcqlQuery query = DcqlQuery.parse(TestVectors.text("oid4vc/dcql_simple.json"));
		CredentialQuery credential = query.credentials().get(0);
		assertThat(credential.id()).isEqualTo("my_credential");
		assertThat(credential.format()).isEqualTo("dc+sd-jwt");
		assertThat(credential.vctValues()).containsExactly("https://credentials.example.com/identity_credential");
		assertThat(credential.claims())
				.extracting(c -> c.propertyPath().orElseThrow())
				.containsExactly("family_name", "given_name", "address.street_address");
		assertThat(credential.claims()).allMatch(credential::requires);
	}

	@Test
	void parseWhenSpecClaimSetsThenOnlyClaimsInEverySetAreRequired() {
		CredentialQuery credential = DcqlQuery.parse(TestVectors.text("oid4vc/dcql_claims_alternatives.json"))
				.credentials()
				.get(0);
		assertThat(credential.claims().stream().filter(credential::requires).map(ClaimsQuery::id))
				.containsExactly("a", "e");
	}

	@Test
	void parseWhenQueryMalformedThenInvalidRequestNamingTheMember() {
		assertMalformed("{}", Dcql.CREDENTIALS);
		assertMalformed("{\"credentials\": [{\"id\": \"a b\", \"format\": \"f\", \"meta\": {}}]}", Dcql.ID);
		assertMalformed(
				"{\"credentials\": [{\"id\": \"a\", \"format\": \"f\", \"meta\": {}, \"claims\": [{\"path\": [-1]}]}]}",
				Dcql.PATH);
		assertMalformed(
				"{\"credentials\": [{\"id\": \"a\", \"format\": \"f\", \"meta\": {}, \"claims\": "
						+ "[{\"id\": \"x\", \"path\": [\"n\"]}], \"claim_sets\": [[\"y\"]]}]}",
				Dcql.CLAIM_SETS);
		assertMalformed(
				"{\"credentials\": [{\"id\": \"a\", \"format\": \"f\", \"meta\": {}}, "
						+ "{\"id\": \"a\", \"format\": \"f\", \"meta\": {}}]}",
				Dcql.CREDENTIALS);
		assertMalformed("{\"credentials\": " + "[".repeat(10) + "]".repeat(10) + "}", "dcql_query");
		assertMalformed("{\"credentials\": \"" + "a".repeat(DcqlQuery.MAX_LENGTH) + "\"}", "dcql_query");
	}

	@Test
	void claimsPathWhenIndexOrNullThenNoPropertyPath() {
		assertThat(new ClaimsQuery(null, Arrays.asList("nationalities", null)).propertyPath())
				.isEmpty();
		assertThat(new ClaimsQuery(null, List.of("degrees", 0L)).propertyPath()).isEmpty();
		assertThat(ClaimsQuery.of("x", "address", "locality").propertyPath()).contains("address.locality");
	}

	@Property(tries = 200)
	void queryWhenWrittenThenReadsBackEqual(@ForAll("queries") DcqlQuery query) {
		assertThat(DcqlQuery.parse(query.toJson())).isEqualTo(query);
	}

	@Provide
	Arbitrary<DcqlQuery> queries() {
		Arbitrary<String> name = Arbitraries.strings()
				.withCharRange('a', 'z')
				.withChars('_')
				.ofMinLength(1)
				.ofMaxLength(10);
		Arbitrary<Object> segment = Arbitraries.oneOf(
				name.map(Object.class::cast),
				Arbitraries.longs().between(0, 9).map(Object.class::cast),
				Arbitraries.just(null));
		Arbitrary<List<Object>> path = segment.list().ofMinSize(1).ofMaxSize(ClaimsQuery.MAX_PATH);
		Arbitrary<List<List<Object>>> paths = path.list().ofMinSize(1).ofMaxSize(6);
		Arbitrary<CredentialQuery> credential = Combinators.combine(
						name,
						name.list().ofMaxSize(3),
						paths,
						Arbitraries.integers().between(0, 3))
				.as((id, vcts, claimPaths, sets) -> {
					List<ClaimsQuery> claims = new ArrayList<>();
					for (int i = 0; i < claimPaths.size(); i++) {
						claims.add(new ClaimsQuery("c" + i, claimPaths.get(i)));
					}
					List<List<String>> claimSets = new ArrayList<>();
					for (int s = 0; s < sets; s++) {
						claimSets.add(claims.subList(0, Math.max(1, claims.size() - s)).stream()
								.map(ClaimsQuery::id)
								.toList());
					}
					return new CredentialQuery(id, "dc+sd-jwt", vcts, claims, claimSets);
				});
		return credential
				.list()
				.ofMinSize(1)
				.ofMaxSize(3)
				.uniqueElements(CredentialQuery::id)
				.map(DcqlQuery::new);
	}

	private static void assertMalformed(String json, String member) {
		assertThatThrownBy(() -> DcqlQuery.parse(json)).isInstanceOfSatisfying(MalformedMessageException.class, ex -> {
			assertThat(ex.error()).isEqualTo(OAuthError.INVALID_REQUEST);
			assertThat(ex.member()).isEqualTo(member);
		});
	}
}
