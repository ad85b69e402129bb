package org.consentlab.labs.registry;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.registry.DataCategory;
import org.consentlab.registry.breach.DumpColumns;
import org.springframework.stereotype.Component;

/**
 * L5: which columns of the learner's own dump stay harmful forever. In the model, a passport can be
 * reissued, an address and an employer change; a face, fingerprints, a voice and a DNA profile
 * cannot be changed, and re-enrolment captures the same trait again (FACTS.md §6). Each learner's
 * dump holds its own columns ({@link DumpColumns}: fingerprints one column per finger), so the
 * answer is a list of column names that differs from a classmate's, from thousands of possible ones.
 */
@Component
class IrrevocableCheck implements TaskCheck {

	static final Set<DataCategory> FOREVER =
			EnumSet.of(DataCategory.FACE, DataCategory.FINGERPRINTS, DataCategory.VOICE, DataCategory.DNA);

	/** The most items read from one answer: more than any dump has columns. */
	private static final int MAX_ITEMS = 40;

	@Override
	public String taskId() {
		return "L5.forever";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		List<DumpColumns.Column> dump = DumpColumns.of(learner.seed());
		Set<String> given = new LinkedHashSet<>();
		for (String part : CategoryAnswer.SEPARATOR.split(answer.toLowerCase(Locale.ROOT))) {
			String item = part.strip().replace(' ', '_');
			if (!item.isEmpty() && given.size() < MAX_ITEMS) {
				given.add(item);
			}
		}
		for (String item : given) {
			Optional<DumpColumns.Column> column =
					dump.stream().filter(c -> c.name().equals(item)).findFirst();
			if (column.isEmpty()) {
				return CheckResult.fail("check.L5.forever.no-column", item);
			}
			if (!FOREVER.contains(column.get().category())) {
				return CheckResult.fail("check.L5.forever.revocable-column", item);
			}
		}
		long missing = dump.stream()
				.filter(c -> FOREVER.contains(c.category()) && !given.contains(c.name()))
				.count();
		if (missing > 0) {
			return CheckResult.fail("check.L5.forever.missing", missing);
		}
		return CheckResult.pass("check.L5.forever.pass", given.size());
	}
}
