package org.consentlab.credential.sdjwt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.consentlab.credential.TestCredentials;
import org.consentlab.credential.verify.SdJwtVerifier;
import org.consentlab.credential.verify.VerificationResult;

/**
 * Properties of issuing, presenting and verifying over generated claim trees: a presentation of
 * any chosen claims verifies and reveals exactly those (with their parents and everything beneath
 * them), and nothing else.
 */
class SdJwtProperties {

	private static final SdJwtVerifier VERIFIER =
			new SdJwtVerifier(TestCredentials.policy().build());

	private static final Set<String> ISSUER_CLAIMS = Set.of("iss", "iat", "vct", "cnf");

	@Property(tries = 150)
	void presentWhenAnyChoiceOfClaimsThenVerifiesAndRevealsExactlyThose(
			@ForAll("claimTrees") Map<String, Object> tree, @ForAll("seeds") long seed) {
		List<ClaimPath> disclosable = disclosablePaths(tree);
		List<ClaimPath> chosen = subset(disclosable, seed);
		Map<String, Object> claims = new LinkedHashMap<>(tree);
		claims.put("iss", TestCredentials.ISSUER);
		claims.put("vct", "urn:example:generated");
		SdJwt credential = TestCredentials.issuer().issue(claims, disclosable, TestCredentials.HOLDER_KEY);
		SdJwt presentation = TestCredentials.bind(
				Presentation.select(credential, chosen, 32), TestCredentials.HOLDER_KEY, TestCredentials.NOW);

		VerificationResult result = VERIFIER.verify(presentation.serialize());

		assertThat(result.errors()).isEmpty();
		Map<String, Object> revealed = new LinkedHashMap<>(((VerificationResult.Verified) result).claims());
		revealed.keySet().removeAll(ISSUER_CLAIMS);
		assertThat(revealed).isEqualTo(expected(tree, chosen));
	}

	@Provide
	Arbitrary<Map<String, Object>> claimTrees() {
		Arbitrary<Object> leaf = Arbitraries.oneOf(
				Arbitraries.strings().ofMaxLength(8).map((s) -> (Object) s),
				Arbitraries.longs().between(-1000, 1000).map((n) -> (Object) n),
				Arbitraries.of(true, false).map((b) -> (Object) b));
		Arbitrary<Object> object = Arbitraries.maps(names(), leaf)
				.ofMinSize(1)
				.ofMaxSize(3)
				.map((map) -> (Object) new LinkedHashMap<>(map));
		Arbitrary<Object> array = leaf.list().ofMinSize(1).ofMaxSize(3).map((list) -> (Object) list);
		return Arbitraries.maps(names(), Arbitraries.oneOf(leaf, object, array))
				.ofMinSize(1)
				.ofMaxSize(6)
				.map(LinkedHashMap::new);
	}

	@Provide
	Arbitrary<Long> seeds() {
		return Arbitraries.longs();
	}

	private static Arbitrary<String> names() {
		return Arbitraries.strings()
				.withCharRange('a', 'z')
				.ofMinLength(1)
				.ofMaxLength(6)
				.filter((name) -> !ISSUER_CLAIMS.contains(name) && !name.equals("exp") && !name.equals("nbf"));
	}

	/** Every claim of the tree: top-level names, members of nested objects, array elements. */
	private static List<ClaimPath> disclosablePaths(Map<String, Object> tree) {
		List<ClaimPath> paths = new ArrayList<>();
		tree.forEach((name, value) -> {
			ClaimPath path = ClaimPath.of(name);
			paths.add(path);
			if (value instanceof Map<?, ?> map) {
				map.keySet().forEach((member) -> paths.add(path.child((String) member)));
			}
			if (value instanceof List<?> list) {
				for (int i = 0; i < list.size(); i++) {
					paths.add(path.element(i));
				}
			}
		});
		return paths;
	}

	private static List<ClaimPath> subset(List<ClaimPath> paths, long seed) {
		List<ClaimPath> chosen = new ArrayList<>();
		for (int i = 0; i < paths.size(); i++) {
			if (((seed >>> (i % 64)) & 1) == 1) {
				chosen.add(paths.get(i));
			}
		}
		return chosen;
	}

	/** What the verifier must see: each claim revealed when some choice lies on its way. */
	private static Map<String, Object> expected(Map<String, Object> tree, List<ClaimPath> chosen) {
		Map<String, Object> expected = new LinkedHashMap<>();
		tree.forEach((name, value) -> {
			ClaimPath path = ClaimPath.of(name);
			if (revealed(path, chosen)) {
				expected.put(name, expectedValue(path, value, chosen));
			}
		});
		return expected;
	}

	private static Object expectedValue(ClaimPath path, Object value, List<ClaimPath> chosen) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> members = new LinkedHashMap<>();
			map.forEach((member, memberValue) -> {
				if (revealed(path.child((String) member), chosen)) {
					members.put((String) member, memberValue);
				}
			});
			return members;
		}
		if (value instanceof List<?> list) {
			List<Object> elements = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				if (revealed(path.element(i), chosen)) {
					elements.add(list.get(i));
				}
			}
			return elements;
		}
		return value;
	}

	private static boolean revealed(ClaimPath path, List<ClaimPath> chosen) {
		return chosen.stream().anyMatch((choice) -> choice.overlaps(path));
	}
}
