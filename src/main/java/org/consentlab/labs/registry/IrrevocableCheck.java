package org.consentlab.labs.registry;

import java.util.EnumSet;
import java.util.Set;
import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.registry.DataCategory;
import org.consentlab.registry.breach.DumpColumns;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * L5: which items of the dump stay harmful forever. In the model, a passport can be reissued, an
 * address and an employer change; a face, fingerprints, a voice and a DNA profile cannot be
 * changed, and re-enrolment captures the same trait again (FACTS.md §6). Each learner's dump holds
 * different columns ({@link DumpColumns}), so the answer is the body data of one's own dump.
 */
@Component
class IrrevocableCheck implements TaskCheck {

	static final Set<DataCategory> FOREVER =
			EnumSet.of(DataCategory.FACE, DataCategory.FINGERPRINTS, DataCategory.VOICE, DataCategory.DNA);

	private final MessageSource messages;

	IrrevocableCheck(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public String taskId() {
		return "L5.forever";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		CategoryAnswer parsed = CategoryAnswer.parse(answer, messages);
		if (parsed.unknown().isPresent()) {
			return CheckResult.fail("check.L5.forever.unknown", parsed.unknown().get());
		}
		Set<DataCategory> inDump = EnumSet.copyOf(DumpColumns.of(learner.seed()));
		Set<DataCategory> expected = EnumSet.copyOf(FOREVER);
		expected.retainAll(inDump);
		for (DataCategory given : parsed.categories()) {
			if (!inDump.contains(given)) {
				return CheckResult.fail("check.L5.forever.not-in-dump", CategoryAnswer.term(given));
			}
			if (!FOREVER.contains(given)) {
				return CheckResult.fail("check.L5.forever.revocable", CategoryAnswer.term(given));
			}
		}
		Set<DataCategory> missing = EnumSet.copyOf(expected);
		missing.removeAll(parsed.categories());
		if (!missing.isEmpty()) {
			return CheckResult.fail("check.L5.forever.missing", missing.size());
		}
		return CheckResult.pass("check.L5.forever.pass", expected.size());
	}
}
