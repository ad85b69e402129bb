package org.consentlab.labs.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.consentlab.verifier.VerifierProfile;
import org.consentlab.verifier.Verifiers;
import org.junit.jupiter.api.Test;

/**
 * L13.over-asking depends on the learner: the verifier is drawn from the seed among the places that
 * over-ask, each beyond its registration in its own way, and the check passes exactly the claims
 * of the learner's own verifier, in any order, and nothing else.
 */
class OverAskingDrawProperties {

	private static final List<VerifierProfile> ALL = new Verifiers().all();

	@Test
	void drawWhenOverManySeedsThenAtLeastFourDifferentAnswers() {
		Set<Set<String>> answers = new HashSet<>();
		for (long seed = 0; seed < 200; seed++) {
			answers.add(OverAskingClaimsCheck.excess(OverAskingClaimsCheck.drawn(ALL, seed)));
		}
		assertThat(answers).hasSizeGreaterThanOrEqualTo(4);
	}

	@Property(tries = 300)
	void checkWhenGivenTheLearnersOwnClaimsThenPassesInAnyOrder(@ForAll long seed) {
		List<String> excess = new ArrayList<>(OverAskingClaimsCheck.excess(OverAskingClaimsCheck.drawn(ALL, seed)));
		Collections.shuffle(excess, new java.util.Random(seed));
		assertThat(OverAskingClaimsCheck.judge(new LinkedHashSet<>(excess), String.join(", ", excess))
						.passed())
				.isTrue();
	}

	@Property(tries = 300)
	void checkWhenGivenAnyOtherSetThenFails(@ForAll long seed, @ForAll long classmate) {
		Set<String> mine = OverAskingClaimsCheck.excess(OverAskingClaimsCheck.drawn(ALL, seed));
		Set<String> theirs = OverAskingClaimsCheck.excess(OverAskingClaimsCheck.drawn(ALL, classmate));
		// a classmate's answer passes only when the draw gave them the same claims
		assertThat(OverAskingClaimsCheck.judge(mine, String.join(", ", theirs)).passed())
				.isEqualTo(mine.equals(theirs));
		List<String> fewer = new ArrayList<>(mine);
		fewer.remove(0);
		assertThat(OverAskingClaimsCheck.judge(mine, String.join(", ", fewer)).passed())
				.isFalse();
		Set<String> more = new LinkedHashSet<>(mine);
		more.add(List.of("given_name", "family_name", "age_over_18").stream()
				.filter(claim -> !mine.contains(claim))
				.findFirst()
				.orElseThrow());
		assertThat(OverAskingClaimsCheck.judge(mine, String.join(" and ", more)).passed())
				.isFalse();
	}

	@Test
	void everyOverAskingVerifierWhenComparedThenAsksBeyondItsRegistrationInItsOwnWay() {
		List<Set<String>> excesses = ALL.stream()
				.filter(VerifierProfile::overAsks)
				.map(OverAskingClaimsCheck::excess)
				.toList();
		assertThat(excesses).hasSizeGreaterThanOrEqualTo(5).doesNotHaveDuplicates();
	}
}
