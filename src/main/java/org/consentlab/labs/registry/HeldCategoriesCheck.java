package org.consentlab.labs.registry;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.registry.DataCategory;
import org.consentlab.registry.Enrolments;

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
		Set<DataCategory> given = EnumSet.noneOf(DataCategory.class);
		for (String part : answer.toLowerCase(Locale.ROOT).split("[,;\\n]|\\band\\b")) {
			String item = part.trim();
			if (item.isEmpty()) {
				continue;
			}
			Optional<DataCategory> category = category(item);
			if (category.isEmpty()) {
				return CheckResult.fail("check.L1.categories.unknown", item);
			}
			given.add(category.get());
		}
		Set<DataCategory> missing = EnumSet.copyOf(held.get());
		missing.removeAll(given);
		Set<DataCategory> extra = given.isEmpty() ? EnumSet.noneOf(DataCategory.class) : EnumSet.copyOf(given);
		extra.removeAll(held.get());
		if (!extra.isEmpty()) {
			return CheckResult.fail("check.L1.categories.extra", label(extra.iterator().next()));
		}
		if (!missing.isEmpty()) {
			return CheckResult.fail("check.L1.categories.missing", missing.size());
		}
		return CheckResult.pass("check.L1.categories.pass", held.get().size());
	}

	/** A category by its label on the pages ("DNA profile") or by its name ("DNA"). */
	private Optional<DataCategory> category(String item) {
		for (DataCategory category : DataCategory.values()) {
			String label = label(category).toLowerCase(Locale.ROOT);
			String name = category.name().toLowerCase(Locale.ROOT);
			if (item.equals(label) || item.equals(name) || label.startsWith(item + " ")) {
				return Optional.of(category);
			}
		}
		return Optional.empty();
	}

	private String label(DataCategory category) {
		return messages.getMessage("category." + category.name(), null, Locale.ENGLISH);
	}
}
