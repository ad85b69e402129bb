package org.consentlab.registry.extract;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.consentlab.account.Account;
import org.consentlab.account.CurrentAccount;
import org.consentlab.population.Person;
import org.consentlab.registry.RegistryRoutes;
import org.consentlab.registry.RegistryWorld;
import org.consentlab.registry.Subject;
import org.consentlab.registry.WorldNames;
import org.consentlab.web.BadInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Lab L2's third answer mode: the holder makes a signed offline extract with only the fields they
 * choose, and a checkpoint verifies it without asking the Registry, so nothing is logged.
 */
@Controller
class ExtractController {

	private final CurrentAccount current;

	private final RegistryWorld world;

	private final OfflineExtract extracts;

	private final WorldNames names;

	ExtractController(CurrentAccount current, RegistryWorld world, OfflineExtract extracts, WorldNames names) {
		this.current = current;
		this.world = world;
		this.extracts = extracts;
		this.names = names;
	}

	@GetMapping(RegistryRoutes.EXTRACT)
	String page(Model model) {
		current.require();
		model.addAttribute("fields", OfflineExtract.Field.values());
		return "registry/extract";
	}

	@PostMapping(RegistryRoutes.EXTRACT)
	String make(@RequestParam(name = "field", required = false) List<String> chosen, Model model, Locale locale) {
		Account me = current.require();
		Subject subject = world.subjectOf(me);
		Person person = world.population().person(subject.personId());
		if (chosen == null || chosen.isEmpty()) {
			throw new BadInputException("field", "registry.bad.no-field");
		}
		Map<OfflineExtract.Field, String> fields = new EnumMap<>(OfflineExtract.Field.class);
		for (String name : chosen) {
			OfflineExtract.Field field;
			try {
				field = OfflineExtract.Field.valueOf(name);
			} catch (IllegalArgumentException e) {
				throw new BadInputException("field", "registry.bad.choice");
			}
			fields.put(
					field,
					switch (field) {
						case NAME -> subject.persona().fullName();
						case BIRTH_DATE -> person.birthDate().toString();
						// The holder's own extract, in the words they read; names and numbers as the passport has them.
						case NATIONALITY -> names.country(subject.persona().origin(), locale);
						case PASSPORT -> person.passport().number();
						case ADDRESS -> names.address(person.address(), locale);
					});
		}
		model.addAttribute("fields", OfflineExtract.Field.values());
		model.addAttribute("extract", extracts.sign(fields));
		return "registry/extract";
	}

	@PostMapping(RegistryRoutes.EXTRACT + "/verify")
	String verify(@RequestParam String extract, Model model) {
		current.require();
		model.addAttribute("fields", OfflineExtract.Field.values());
		model.addAttribute("checked", true);
		model.addAttribute("verified", extracts.verify(extract).orElse(null));
		return "registry/extract";
	}
}
