package org.consentlab.labs.wallet;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.consentlab.account.Account;
import org.consentlab.inspector.Attack;
import org.consentlab.inspector.AttackLog;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.springframework.stereotype.Component;

/**
 * L9: for each attack kind the learner names, the error code they give is one the verifier logged
 * when it refused that attack of theirs. Answers look like
 * {@code change-value = UNREFERENCED_DISCLOSURE, alg-none = UNSUPPORTED_ALGORITHM}.
 */
@Component
class AttackMatchCheck implements TaskCheck {

	/** The most pairs read from one answer. */
	private static final int MAX_PAIRS = 20;

	private final AttackLog attacks;

	AttackMatchCheck(AttackLog attacks) {
		this.attacks = attacks;
	}

	@Override
	public String taskId() {
		return "L9.matched";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		Map<Attack, String> given = new LinkedHashMap<>();
		for (String part : answer.split("[,;\\n]")) {
			if (part.isBlank()) {
				continue;
			}
			String[] pair = part.split("[=:]", 2);
			Optional<Attack> attack = Attack.byId(pair[0]);
			if (pair.length != 2 || attack.isEmpty() || given.size() >= MAX_PAIRS) {
				return CheckResult.fail("check.L9.matched.format", part.strip());
			}
			given.put(attack.get(), pair[1].strip().toUpperCase(Locale.ROOT));
		}
		if (given.size() < AttackCountCheck.KINDS) {
			return CheckResult.fail("check.L9.matched.few", given.size(), AttackCountCheck.KINDS);
		}
		for (Map.Entry<Attack, String> entry : given.entrySet()) {
			boolean logged = attacks.of(learner.id()).stream()
					.anyMatch(a -> a.attack() == entry.getKey()
							&& a.codes().stream().anyMatch(code -> code.name().equals(entry.getValue())));
			if (!logged) {
				return CheckResult.fail("check.L9.matched.wrong", entry.getKey().id(), entry.getValue());
			}
		}
		return CheckResult.pass("check.L9.matched.pass", given.size());
	}
}
