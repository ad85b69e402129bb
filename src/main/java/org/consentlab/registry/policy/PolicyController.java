package org.consentlab.registry.policy;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consentlab.account.Account;
import org.consentlab.account.CurrentAccount;
import org.consentlab.registry.Agency;
import org.consentlab.registry.DataCategory;
import org.consentlab.registry.RegistryQuery;
import org.consentlab.registry.RegistryRoutes;
import org.consentlab.registry.RegistryWorld;
import org.consentlab.web.BadInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Lab L6: the learner rewrites the access policy, a readable table of which party may read what,
 * and sees which of their own week's queries the Spring Security rules built from it would now
 * refuse.
 */
@Controller
class PolicyController {

	private final CurrentAccount current;

	private final RegistryWorld world;

	private final PolicyStore policies;

	private final LoggedQueries log;

	PolicyController(CurrentAccount current, RegistryWorld world, PolicyStore policies, LoggedQueries log) {
		this.current = current;
		this.world = world;
		this.policies = policies;
		this.log = log;
	}

	@GetMapping(RegistryRoutes.POLICY)
	String page(Model model) {
		Account me = current.require();
		AccessPolicy policy = policies.saved(me.id()).orElse(AccessPolicy.inYear(AccessPolicy.LAST_YEAR));
		AgencyAuthorization rules = new AgencyAuthorization(policy);
		List<RegistryQuery> week = log.queriesAbout(me.id(), world.subjectOf(me).personId());
		model.addAttribute("saved", policies.saved(me.id()).isPresent());
		model.addAttribute("policy", policy);
		model.addAttribute("agencies", Agency.values());
		model.addAttribute("categories", DataCategory.values());
		model.addAttribute("week", week);
		model.addAttribute(
				"refusedNow",
				week.stream().map(e -> rules.refusal(e).isPresent()).toList());
		return "registry/policy";
	}

	@PostMapping(RegistryRoutes.POLICY)
	String save(@RequestParam(name = "grant", required = false) List<String> grants) {
		Account me = current.require();
		Map<Agency, Set<DataCategory>> access = new EnumMap<>(Agency.class);
		for (String grant : grants == null ? List.<String>of() : grants) {
			String[] parts = grant.split("\\.");
			if (parts.length != 2 || grants.size() > Agency.values().length * DataCategory.values().length) {
				throw new BadInputException("grant", "registry.bad.choice");
			}
			try {
				access.computeIfAbsent(Agency.valueOf(parts[0]), a -> EnumSet.noneOf(DataCategory.class))
						.add(DataCategory.valueOf(parts[1]));
			} catch (IllegalArgumentException e) {
				throw new BadInputException("grant", "registry.bad.choice");
			}
		}
		policies.save(me.id(), AccessPolicy.of(access));
		return "redirect:" + RegistryRoutes.POLICY;
	}
}
