package org.consentlab.credential.dcql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/**
 * Selecting claims and credentials (OpenID4VP 1.0 §6.4): claim {@code values} (§6.3), claim sets
 * (§6.4.1) and credential sets (§6.2, §6.4.2), on the specification's own examples.
 */
class DcqlSelectionTests {

	private static final DcqlQuery ALTERNATIVES =
			DcqlQuery.parse(TestVectors.text("oid4vc/dcql_credentials_alternatives.json"));

	@Test
	void parseWhenSpecCredentialSetsThenOptionsInOrderAndSecondSetOptional() {
		assertThat(ALTERNATIVES.credentials())
				.extracting(CredentialQuery::id)
				.containsExactly("pid", "other_pid", "pid_reduced_cred_1", "pid_reduced_cred_2", "nice_to_have");
		assertThat(ALTERNATIVES.credentialSets()).hasSize(2);
		CredentialSetQuery identity = ALTERNATIVES.credentialSets().get(0);
		assertThat(identity.required()).as("required defaults to true").isTrue();
		assertThat(identity.options())
				.containsExactly(
						List.of("pid"), List.of("other_pid"), List.of("pid_reduced_cred_1", "pid_reduced_cred_2"));
		assertThat(ALTERNATIVES.credentialSets().get(1).required()).isFalse();
		assertThat(DcqlQuery.parse(ALTERNATIVES.toJson())).isEqualTo(ALTERNATIVES);
	}

	@Test
	void selectWhenWalletHoldsPidOnlyThenPidAndTheOptionalSetUnsatisfied() {
		DcqlQuery.Selection selection = ALTERNATIVES.select(Set.of("pid")::contains);

		assertThat(selection.satisfied()).isTrue();
		assertThat(selection.sets().get(0).satisfiedOptions()).containsExactly(List.of("pid"));
		assertThat(selection.sets().get(1).satisfied()).isFalse();
		assertThat(selection.preferred()).containsExactly("pid");
	}

	@Test
	void selectWhenBothReducedCredentialsAndTheNiceToHaveThenThatOptionPlusTheOptionalOne() {
		DcqlQuery.Selection selection =
				ALTERNATIVES.select(Set.of("pid_reduced_cred_1", "pid_reduced_cred_2", "nice_to_have")::contains);

		assertThat(selection.sets().get(0).satisfiedOptions())
				.containsExactly(List.of("pid_reduced_cred_1", "pid_reduced_cred_2"));
		assertThat(selection.preferred())
				.containsExactlyInAnyOrder("pid_reduced_cred_1", "pid_reduced_cred_2", "nice_to_have");
	}

	@Test
	void selectWhenEveryCredentialHeldThenEveryOptionListedAndTheFirstPreferred() {
		DcqlQuery.Selection selection = ALTERNATIVES.select(id -> true);

		assertThat(selection.sets().get(0).satisfiedOptions()).hasSize(3);
		assertThat(selection.preferred()).containsExactlyInAnyOrder("pid", "nice_to_have");
	}

	@Test
	void selectWhenARequiredSetCannotBeSatisfiedThenNoCredentialAtAll() {
		DcqlQuery.Selection selection = ALTERNATIVES.select(Set.of("pid_reduced_cred_1", "nice_to_have")::contains);

		assertThat(selection.satisfied()).isFalse();
		assertThat(selection.sets().get(1).satisfiedOptions()).containsExactly(List.of("nice_to_have"));
		assertThat(selection.preferred())
				.as("§6.4.2: MUST NOT return any Credential(s)")
				.isEmpty();
	}

	@Test
	void selectWhenNoCredentialSetsThenEveryCredentialQueryIsRequired() {
		DcqlQuery query = new DcqlQuery(ALTERNATIVES.credentials());

		assertThat(query.select(id -> !id.equals("nice_to_have")).satisfied()).isFalse();
		assertThat(query.select(id -> true).preferred()).hasSize(5);
	}

	@Test
	void matchesWhenSpecValueExampleThenOnlyTheExpectedTypeAndValue() {
		CredentialQuery query = DcqlQuery.parse(TestVectors.text("oid4vc/dcql_value_matching.json"))
				.credentials()
				.get(0);
		String vct = "https://credentials.example.com/identity_credential";

		assertThat(query.claims().get(0).values()).containsExactly("Doe");
		assertThat(query.claims().get(3).values()).containsExactly("90210", "90211");
		assertThat(query.matches(vct, person("Doe", "90211"))).isTrue();
		assertThat(query.matches(vct, person("Smith", "90211")))
				.as("family_name not Doe")
				.isFalse();
		assertThat(query.matches(vct, person("Doe", "10115")))
				.as("postal_code not listed")
				.isFalse();
		assertThat(query.matches(vct, person("Doe", 90210L)))
				.as("a number is not the string 90210")
				.isFalse();
		assertThat(query.matches("https://other.example/pid", person("Doe", "90211")))
				.as("vct not accepted")
				.isFalse();
		assertThat(DcqlQuery.parse(new DcqlQuery(List.of(query)).toJson()).credentials())
				.containsExactly(query);
	}

	@Test
	void selectClaimsWhenSpecClaimSetsThenFirstSetTheCredentialCanAnswer() {
		CredentialQuery query = DcqlQuery.parse(TestVectors.text("oid4vc/dcql_claims_alternatives.json"))
				.credentials()
				.get(0);
		Map<String, Object> all = Map.of(
				"family_name", "Doe",
				"postal_code", "90210",
				"locality", "Beverly Hills",
				"region", "CA",
				"date_of_birth", "1990-01-01");

		assertThat(query.selectClaims(all).orElseThrow())
				.extracting(ClaimsQuery::id)
				.containsExactly("a", "c", "d", "e");
		Map<String, Object> noRegion = new java.util.HashMap<>(all);
		noRegion.remove("region");
		assertThat(query.selectClaims(noRegion).orElseThrow())
				.extracting(ClaimsQuery::id)
				.containsExactly("a", "b", "e");
		noRegion.remove("postal_code");
		assertThat(query.selectClaims(noRegion)).isEmpty();
	}

	@Test
	void selectWhenPathHasNullOrIndexThenElementsOfArrays() {
		Map<String, Object> claims = Map.of(
				"nationalities", List.of("DE", "FR"),
				"degrees", List.of(Map.of("type", "BSc"), Map.of("type", "MSc")));

		assertThat(new ClaimsQuery(null, Arrays.asList("nationalities", null)).select(claims))
				.containsExactly("DE", "FR");
		assertThat(new ClaimsQuery(null, Arrays.asList("degrees", null, "type")).select(claims))
				.containsExactly("BSc", "MSc");
		assertThat(new ClaimsQuery(null, List.of("degrees", 1L, "type")).select(claims))
				.containsExactly("MSc");
		assertThat(new ClaimsQuery(null, List.of("degrees", 5L)).select(claims)).isEmpty();
		assertThat(new ClaimsQuery(null, List.of("nationalities", "x")).select(claims))
				.as("a name applied to an array selects nothing")
				.isEmpty();
		assertThat(new ClaimsQuery(null, Arrays.asList("nationalities", null), List.of("FR")).matches(claims))
				.isTrue();
		assertThat(new ClaimsQuery(null, Arrays.asList("nationalities", null), List.of("IT")).matches(claims))
				.isFalse();
	}

	@Test
	void parseWhenSetsOrValuesMalformedThenInvalidRequestNamingTheMember() {
		String credentials = "\"credentials\": [{\"id\": \"a\", \"format\": \"f\", \"meta\": {}}]";
		assertMalformed("{" + credentials + ", \"credential_sets\": [{\"options\": [[\"b\"]]}]}", Dcql.CREDENTIAL_SETS);
		assertMalformed("{" + credentials + ", \"credential_sets\": [{\"options\": []}]}", Dcql.OPTIONS);
		assertMalformed("{" + credentials + ", \"credential_sets\": [{}]}", Dcql.OPTIONS);
		assertMalformed("{" + credentials + ", \"credential_sets\": [{\"options\": [[]]}]}", Dcql.OPTIONS);
		assertMalformed("{" + credentials + ", \"credential_sets\": [{\"options\": [[\"a\", \"a\"]]}]}", Dcql.OPTIONS);
		assertMalformed(
				"{" + credentials + ", \"credential_sets\": [{\"options\": [[\"a\"]], \"required\": \"no\"}]}",
				Dcql.REQUIRED);
		assertMalformed("{" + credentials + ", \"credential_sets\": []}", Dcql.CREDENTIAL_SETS);
		String claim = "{\"credentials\": [{\"id\": \"a\", \"format\": \"f\", \"meta\": {}, \"claims\": "
				+ "[{\"path\": [\"n\"], \"values\": %s}]}]}";
		assertMalformed(String.format(claim, "[]"), Dcql.VALUES);
		assertMalformed(String.format(claim, "[null]"), Dcql.VALUES);
		assertMalformed(String.format(claim, "[1.5]"), Dcql.VALUES);
		assertMalformed(String.format(claim, "[" + "1,".repeat(ClaimsQuery.MAX_VALUES) + "1]"), Dcql.VALUES);
		String many = String.join(",", java.util.Collections.nCopies(CredentialSetQuery.MAX_OPTIONS + 1, "[\"a\"]"));
		assertMalformed("{" + credentials + ", \"credential_sets\": [{\"options\": [" + many + "]}]}", Dcql.OPTIONS);
	}

	@Property(tries = 200)
	void queryWithSetsAndValuesWhenWrittenThenReadsBackEqual(@ForAll("queries") DcqlQuery query) {
		assertThat(DcqlQuery.parse(query.toJson())).isEqualTo(query);
	}

	/** Whatever the wallet holds, the preferred answer uses only what it holds and fills every required set. */
	@Property(tries = 300)
	void selectWhenAnyHoldingsThenPreferredIsHeldAndCoversEveryRequiredSet(
			@ForAll("queries") DcqlQuery query, @ForAll("holdings") Set<Integer> held) {
		List<String> ids = query.credentials().stream().map(CredentialQuery::id).toList();
		Set<String> holds = new HashSet<>();
		held.stream().filter(i -> i < ids.size()).forEach(i -> holds.add(ids.get(i)));

		DcqlQuery.Selection selection = query.select(holds::contains);

		assertThat(holds).containsAll(selection.preferred());
		if (selection.satisfied()) {
			for (DcqlQuery.Selection.SetOutcome set : selection.sets()) {
				if (set.query().required()) {
					assertThat(set.query().options())
							.anySatisfy(
									option -> assertThat(selection.preferred()).containsAll(option));
				}
			}
		} else {
			assertThat(selection.preferred()).isEmpty();
		}
		assertThat(query.select(id -> true).satisfied())
				.as("a wallet holding everything")
				.isTrue();
	}

	@Provide
	Arbitrary<Set<Integer>> holdings() {
		return Arbitraries.integers().between(0, 5).set().ofMaxSize(6);
	}

	@Provide
	Arbitrary<DcqlQuery> queries() {
		Arbitrary<String> name =
				Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
		Arbitrary<Object> value = Arbitraries.oneOf(
				name.map(Object.class::cast),
				Arbitraries.longs().between(-5, 99).map(Object.class::cast),
				Arbitraries.of(true, false).map(Object.class::cast));
		Arbitrary<ClaimsQuery> claim = Combinators.combine(
						name.list().ofMinSize(1).ofMaxSize(3), value.list().ofMaxSize(3))
				.as((path, values) -> new ClaimsQuery(null, new ArrayList<>(path), values));
		Arbitrary<List<CredentialQuery>> credentials = claim.list()
				.ofMaxSize(3)
				.list()
				.ofMinSize(1)
				.ofMaxSize(5)
				.map(claimLists -> {
					List<CredentialQuery> queries = new ArrayList<>();
					for (int i = 0; i < claimLists.size(); i++) {
						queries.add(new CredentialQuery(
								"q" + i, "dc+sd-jwt", List.of("urn:t"), claimLists.get(i), List.of()));
					}
					return queries;
				});
		return credentials.flatMap(queries -> {
			List<String> ids = queries.stream().map(CredentialQuery::id).toList();
			Arbitrary<List<String>> option =
					Arbitraries.of(ids).set().ofMinSize(1).ofMaxSize(ids.size()).map(List::copyOf);
			Arbitrary<CredentialSetQuery> set = Combinators.combine(
							option.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(true, false))
					.as(CredentialSetQuery::new);
			return set.list().ofMaxSize(3).map(sets -> new DcqlQuery(queries, sets));
		});
	}

	private static Map<String, Object> person(String familyName, Object postalCode) {
		return Map.of(
				"family_name",
				familyName,
				"given_name",
				"John",
				"address",
				Map.of("street_address", "123 Main St"),
				"postal_code",
				postalCode);
	}

	private static void assertMalformed(String json, String member) {
		assertThatThrownBy(() -> DcqlQuery.parse(json)).isInstanceOfSatisfying(MalformedMessageException.class, ex -> {
			assertThat(ex.error()).isEqualTo(OAuthError.INVALID_REQUEST);
			assertThat(ex.member()).isEqualTo(member);
		});
	}
}
