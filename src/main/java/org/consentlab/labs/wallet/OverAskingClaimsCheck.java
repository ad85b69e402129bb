package org.consentlab.labs.wallet;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.verifier.RequestMode;
import org.consentlab.verifier.VerifierProfile;
import org.consentlab.verifier.VerifierTransactions;
import org.consentlab.verifier.Verifiers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * L13: the claims a registered verifier asks for beyond its registration, the comparison the
 * wallet makes before consent (ETSI TS 119 475 §4.7). The verifier is drawn from the learner's seed
 * among the five that over-ask, each in its own way, and the learner must have asked it for proof with a signed request,
 * so the consent screen showed them the registration it was compared with.
 */
@Component
class OverAskingClaimsCheck implements TaskCheck {

	/** Mixed into the seed so this draw is not the same as another lab's draw from the seed. */
	private static final long SALT = 0x4C31_3321L;

	private final Verifiers verifiers;

	private final VerifierTransactions transactions;

	private final MessageSource messages;

	OverAskingClaimsCheck(Verifiers verifiers, VerifierTransactions transactions, MessageSource messages) {
		this.verifiers = verifiers;
		this.transactions = transactions;
		this.messages = messages;
	}

	@Override
	public String taskId() {
		return "L13.over-asking";
	}

	@Override
	public Map<String, String> parameters(Account learner) {
		VerifierProfile verifier = verifier(learner);
		return Map.of(
				"verifier",
				messages.getMessage(verifier.nameKey(), null, LocaleContextHolder.getLocale()),
				"verifier_id",
				verifier.id());
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		VerifierProfile verifier = verifier(learner);
		boolean asked =
				transactions.of(learner.id(), verifier.id()).stream().anyMatch(tx -> tx.mode() == RequestMode.SIGNED);
		if (!asked) {
			return CheckResult.fail("check.L13.over-asking.not-asked", CheckResult.term(verifier.nameKey()));
		}
		return judge(excess(verifier), answer);
	}

	/** The answer against the claims beyond the registration: exactly those pass, in any order. */
	static CheckResult judge(Set<String> excess, String answer) {
		Set<String> given = Arrays.stream(answer.toLowerCase(Locale.ROOT).split("[\\s,;`]+"))
				// "and" between claim names, in each language of the course
				.filter(word -> !word.isEmpty() && !word.equals("and") && !word.equals("и"))
				.collect(Collectors.toCollection(LinkedHashSet::new));
		if (given.equals(excess)) {
			return CheckResult.pass("check.L13.over-asking.pass", String.join(", ", excess));
		}
		if (given.containsAll(excess)) {
			return CheckResult.fail("check.L13.over-asking.too-many");
		}
		return CheckResult.fail("check.L13.over-asking.wrong", excess.size());
	}

	/** The claims its query asks for that its purpose, and so its registration, does not cover. */
	static Set<String> excess(VerifierProfile verifier) {
		return Stream.concat(verifier.required().stream(), verifier.optional().stream())
				.filter(claim -> !verifier.needed().contains(claim))
				.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private VerifierProfile verifier(Account learner) {
		return drawn(verifiers.all(), learner.seed());
	}

	/** The learner's verifier: drawn from their seed among those of {@code all} that over-ask. */
	static VerifierProfile drawn(List<VerifierProfile> all, long seed) {
		List<VerifierProfile> overAsking =
				all.stream().filter(VerifierProfile::overAsks).toList();
		return overAsking.get(new SplittableRandom(seed ^ SALT).nextInt(overAsking.size()));
	}
}
