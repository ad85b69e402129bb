package org.consentlab.labs.registry;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.registry.Agency;
import org.consentlab.registry.DataCategory;
import org.consentlab.registry.RegistryQuery;
import org.consentlab.registry.policy.AccessPolicy;
import org.consentlab.registry.policy.AgencyAuthorization;
import org.consentlab.registry.policy.PolicyStore;
import org.consentlab.registry.policy.Purposes;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * L6: the learner's saved policy, run as Spring Security rules against a test set the learner does
 * not see: every (agency, kind of data) pair, each in purpose or not by {@link Purposes}, except that
 * the party of the learner's own {@link PurposeScenario} is judged by that scenario. The policy passes
 * when it refuses every out-of-purpose query and allows every in-purpose one. For the scenario's
 * party the feedback gives counts only, so the scenario is judged, not found by trying.
 */
@Component
class PurposeLimitationCheck implements TaskCheck {

	private final PolicyStore policies;

	private final MessageSource messages;

	PurposeLimitationCheck(PolicyStore policies, MessageSource messages) {
		this.policies = policies;
		this.messages = messages;
	}

	@Override
	public String taskId() {
		return "L6.purpose";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		Optional<AccessPolicy> saved = policies.saved(learner.id());
		if (saved.isEmpty()) {
			return CheckResult.fail("check.L6.not-saved");
		}
		AgencyAuthorization rules = new AgencyAuthorization(saved.get());
		PurposeScenario scenario = PurposeScenario.of(learner.seed());
		List<RegistryQuery> tooOpen = new ArrayList<>();
		List<RegistryQuery> tooTight = new ArrayList<>();
		int scenarioOpen = 0;
		int scenarioTight = 0;
		int inPurpose = 0;
		for (RegistryQuery query : hiddenSet()) {
			boolean own = query.agency() == scenario.agency();
			boolean allowed = rules.refusal(query).isEmpty();
			boolean needed = (own ? scenario.needs() : Purposes.needs(query.agency())).containsAll(query.categories());
			inPurpose += needed ? 1 : 0;
			if (allowed && !needed) {
				scenarioOpen += own ? 1 : 0;
				if (!own) {
					tooOpen.add(query);
				}
			}
			if (!allowed && needed) {
				scenarioTight += own ? 1 : 0;
				if (!own) {
					tooTight.add(query);
				}
			}
		}
		if (!tooOpen.isEmpty()) {
			return CheckResult.fail(
					"check.L6.purpose.too-open", tooOpen.size(), agency(tooOpen.get(0)), category(tooOpen.get(0)));
		}
		if (!tooTight.isEmpty()) {
			return CheckResult.fail(
					"check.L6.purpose.too-tight", tooTight.size(), agency(tooTight.get(0)), category(tooTight.get(0)));
		}
		if (scenarioOpen + scenarioTight > 0) {
			return CheckResult.fail(
					"check.L6.purpose.scenario",
					CheckResult.term("agency." + scenario.agency().name()),
					scenarioOpen,
					scenarioTight);
		}
		return CheckResult.pass("check.L6.purpose.pass", inPurpose);
	}

	/** The learner's scenario, in the prompt's {@code {{scenario}}} and {@code {{party}}}. */
	@Override
	public Map<String, String> parameters(Account learner) {
		PurposeScenario scenario = PurposeScenario.of(learner.seed());
		Locale locale = LocaleContextHolder.getLocale();
		return Map.of(
				"scenario", messages.getMessage(scenario.messageKey(), null, locale),
				"party", messages.getMessage("agency." + scenario.agency().name(), null, locale));
	}

	/** One query per agency and kind of data, each with that agency's stated purpose. */
	private static List<RegistryQuery> hiddenSet() {
		List<RegistryQuery> set = new ArrayList<>();
		LocalDateTime at = LocalDateTime.of(2027, 3, 1, 12, 0);
		for (Agency agency : Agency.values()) {
			for (DataCategory category : DataCategory.values()) {
				set.add(new RegistryQuery(
						agency,
						0,
						"test",
						"test",
						at,
						EnumSet.of(category),
						agency.name(),
						RegistryQuery.Need.ONE_FACT,
						RegistryQuery.Mode.YES_NO));
			}
		}
		return set;
	}

	private static MessageSourceResolvable agency(RegistryQuery query) {
		return CheckResult.term("agency." + query.agency().name());
	}

	private static MessageSourceResolvable category(RegistryQuery query) {
		return CheckResult.term(
				"category." + query.categories().iterator().next().name());
	}
}
