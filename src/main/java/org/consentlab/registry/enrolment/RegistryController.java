package org.consentlab.registry.enrolment;

import java.util.Optional;
import java.util.Set;
import org.consentlab.account.Account;
import org.consentlab.account.CurrentAccount;
import org.consentlab.registry.DataCategory;
import org.consentlab.registry.Profile;
import org.consentlab.registry.RegistryRoutes;
import org.consentlab.registry.RegistryWorld;
import org.consentlab.registry.Subject;
import org.consentlab.registry.policy.AccessPolicy;
import org.consentlab.sandbox.World;
import org.consentlab.sandbox.WorldVisits;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The Registry world's pages about the learner: the landing page (profile summary and the access
 * policy of the persona's year), the capture station (lab L1) and the full profile.
 */
@Controller
class RegistryController {

	private final CurrentAccount current;

	private final WorldVisits visits;

	private final RegistryWorld world;

	private final Enrolments enrolments;

	RegistryController(CurrentAccount current, WorldVisits visits, RegistryWorld world, Enrolments enrolments) {
		this.current = current;
		this.visits = visits;
		this.world = world;
		this.enrolments = enrolments;
	}

	@GetMapping(RegistryRoutes.HOME)
	String registry(Model model) {
		Account me = current.require();
		visits.visit(me.id(), World.REGISTRY);
		Subject subject = world.subjectOf(me);
		model.addAttribute("persona", subject.persona());
		// What is held shows only once it is held: before enrolment, it would answer lab L1 unasked.
		Optional<Set<DataCategory>> held = enrolments.held(me.id());
		model.addAttribute("held", held.orElse(Set.of()));
		model.addAttribute("enrolled", held.isPresent());
		model.addAttribute("policy", AccessPolicy.inYear(subject.year()));
		return "registry/home";
	}

	@GetMapping(RegistryRoutes.ENROL)
	String station(Model model) {
		Account me = current.require();
		Subject subject = world.subjectOf(me);
		model.addAttribute("persona", subject.persona());
		model.addAttribute("person", world.population().person(subject.personId()));
		model.addAttribute("captured", Enrolments.captured(subject.persona()));
		model.addAttribute("enrolled", enrolments.held(me.id()).isPresent());
		return "registry/enrol";
	}

	@PostMapping(RegistryRoutes.ENROL)
	String enrol() {
		Account me = current.require();
		enrolments.enrol(me.id(), world.subjectOf(me).persona());
		return "redirect:" + RegistryRoutes.PROFILE;
	}

	@GetMapping(RegistryRoutes.PROFILE)
	String profile(Model model) {
		Account me = current.require();
		Optional<Set<DataCategory>> held = enrolments.held(me.id());
		if (held.isEmpty()) {
			return "redirect:" + RegistryRoutes.ENROL;
		}
		Subject subject = world.subjectOf(me);
		model.addAttribute("profile", Profile.of(subject, held.get(), world.population(), world.biometrics()));
		model.addAttribute("persona", subject.persona());
		model.addAttribute("policy", AccessPolicy.inYear(subject.year()));
		return "registry/profile";
	}
}
