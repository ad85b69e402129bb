package org.consentlab.credential.sdjwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ClaimPathTests {

	@Test
	void parseWhenNestedAndArrayPathsThenSegmentsAndSameTextBack() {
		for (String text : new String[] {"a", "a.b", "a[]", "a[2]", "a.b[0].c", "a[1][2]"}) {
			assertThat(ClaimPath.parse(text)).hasToString(text);
		}
		assertThat(ClaimPath.parse("a.b[2]").segments())
				.containsExactly(new ClaimPath.Name("a"), new ClaimPath.Name("b"), new ClaimPath.Index(2));
	}

	@Test
	void parseWhenMalformedThenRejected() {
		for (String text : new String[] {"", ".a", "a..b", "a[", "a[x]", "[1]"}) {
			assertThatIllegalArgumentException().as(text).isThrownBy(() -> ClaimPath.parse(text));
		}
	}

	@Test
	void overlapsWhenAncestorDescendantOrWildcardThenTrue() {
		ClaimPath concrete = ClaimPath.parse("address.locality");
		assertThat(ClaimPath.parse("address").overlaps(concrete)).isTrue();
		assertThat(ClaimPath.parse("address.locality.x").overlaps(concrete)).isTrue();
		assertThat(ClaimPath.parse("address.country").overlaps(concrete)).isFalse();
		assertThat(ClaimPath.parse("n[]").overlaps(ClaimPath.parse("n[3]"))).isTrue();
		assertThat(ClaimPath.parse("n[1]").overlaps(ClaimPath.parse("n[3]"))).isFalse();
		assertThat(ClaimPath.parse("n[]").matchesExactly(ClaimPath.parse("n"))).isFalse();
	}
}
