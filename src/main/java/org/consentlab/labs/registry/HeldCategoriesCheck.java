package org.consentlab.labs.registry;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.registry.DataCategory;
import org.consentlab.registry.enrolment.Enrolments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * L1: the learner lists the kinds of data the Registry holds about them. Compared with their own
 * enrolment record, so the answer depends on the persona's enrolment path.
 */
@Component
class HeldCategoriesCheck implements TaskCheck {

	private final Enrolments enrolments;

	private final MessageSource messages;

	HeldCategoriesCheck(Enrolments enrolments, MessageSource messages) {
		this.enrolments = enrolments;
		this.messages = messages;
	}

	@Override
	public String taskId() {
		return "L1.categories";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		Optional<Set<DataCategory>> held = enrolments.held(learner.id());
		if (held.isEmpty()) {
			return CheckResult.fail("check.L1.not-enrolled");
		}
		CategoryAnswer parsed = CategoryAnswer.parse(answer, messages);
		if (parsed.unknown().isPresent()) {
			return CheckResult.fail(
					"check.L1.categories.unknown", parsed.unknown().get());
		}
		Set<DataCategory> given = parsed.categories();
		Set<DataCategory> missing = EnumSet.copyOf(held.get());
		missing.removeAll(given);
		Set<DataCategory> extra = given.isEmpty() ? EnumSet.noneOf(DataCategory.class) : EnumSet.copyOf(given);
		extra.removeAll(held.get());
		// Counts only, never which item: naming the wrong one would let "list everything, then
		// delete what it complains about" pass without reading the profile.
		if (!extra.isEmpty() || !missing.isEmpty()) {
			return CheckResult.fail("check.L1.categories.wrong", missing.size(), extra.size());
		}
		return CheckResult.pass("check.L1.categories.pass", held.get().size());
	}
}
