package org.consentlab.registry;

import java.util.EnumSet;
import java.util.Set;

import org.consentlab.account.Account;
import org.consentlab.account.CurrentAccount;
import org.consentlab.sandbox.Persona;
import org.consentlab.sandbox.World;
import org.consentlab.sandbox.WorldVisits;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The Registry world's landing page: the learner's profile as the Registry holds it, and who can read it. */
@Controller
class RegistryController {

	private final CurrentAccount current;

	private final WorldVisits visits;

	RegistryController(CurrentAccount current, WorldVisits visits) {
		this.current = current;
		this.visits = visits;
	}

	@GetMapping("/registry")
	String registry(Model model) {
		Account me = current.require();
		visits.visit(me.id(), World.REGISTRY);
		Persona persona = Persona.of(me.seed());
		model.addAttribute("persona", persona);
		model.addAttribute("held", held(persona));
		model.addAttribute("policy", AccessPolicy.inYear(persona.year()));
		return "registry/home";
	}

	/** What the Registry holds depends on how the person was enrolled. */
	static Set<DataCategory> held(Persona persona) {
		return persona.enrolment() == Persona.Enrolment.AIRPORT_CAPTURE ? EnumSet.allOf(DataCategory.class)
				: EnumSet.of(DataCategory.PASSPORT, DataCategory.FACE, DataCategory.FINGERPRINTS, DataCategory.ADDRESS,
						DataCategory.EMPLOYER, DataCategory.RELATIVES);
	}
}
