package org.consentlab.registry.dna;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.consentlab.account.Account;
import org.consentlab.account.CurrentAccount;
import org.consentlab.biometrics.dna.Locus;
import org.consentlab.biometrics.dna.StrProfile;
import org.consentlab.population.Population;
import org.consentlab.registry.Profile;
import org.consentlab.registry.RegistryRoutes;
import org.consentlab.registry.RegistryWorld;
import org.consentlab.web.BadInputException;
import org.consentlab.web.TypedNumbers;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Lab L4's page: a crime-scene sample from someone never enrolled, a familial search of the
 * Registry's DNA database, and how many people a database of a given coverage reaches through
 * their relatives.
 */
@Controller
class DnaController {

	private final CurrentAccount current;

	private final RegistryWorld world;

	private final DnaDatabase dna;

	private final MessageSource messages;

	DnaController(CurrentAccount current, RegistryWorld world, DnaDatabase dna, MessageSource messages) {
		this.current = current;
		this.world = world;
		this.dna = dna;
		this.messages = messages;
	}

	@GetMapping(RegistryRoutes.DNA)
	String page(
			@RequestParam(required = false) String search,
			@RequestParam(required = false) String coverage,
			Model model,
			Locale locale) {
		Account me = current.require();
		int sample = dna.sampleOf(me.seed());
		StrProfile profile = dna.sample(sample);
		List<Profile.DnaRow> rows = new ArrayList<>();
		for (Locus locus : Locus.values()) {
			rows.add(new Profile.DnaRow(locus.label(), profile.allele(locus, 0), profile.allele(locus, 1)));
		}
		model.addAttribute("sample", rows);
		model.addAttribute("size", dna.size());
		model.addAttribute("population", world.population().size());
		model.addAttribute("coverageShown", Math.round(DnaDatabase.COVERAGE * 100));
		model.addAttribute("assigned", DnaDatabase.assignedCoveragePercent(me.seed()));
		int own = world.subjectOf(me).personId();
		model.addAttribute("ownFamily", familyGraph("own-family", own, "registry.family.own", locale));
		if (search != null) {
			model.addAttribute("sampleFamily", familyGraph("sample-family", sample, "registry.family.sample", locale));
			model.addAttribute(
					"leads",
					dna.search(sample).stream()
							.map(lead -> new Shown(
									lead.personId(),
									world.population().person(lead.personId()).fullName(),
									String.format(java.util.Locale.ROOT, "%.1f", lead.log10Index())))
							.toList());
		}
		if (coverage != null) {
			double percent = percent(coverage);
			model.addAttribute("percent", coverage.trim());
			model.addAttribute("reach", dna.reach(percent / 100, me.seed()));
		}
		return "registry/dna";
	}

	/** The SVG family tree of {@code person} with the leads a familial search of their DNA returns. */
	private String familyGraph(String id, int person, String prefix, Locale locale) {
		Set<Integer> leads =
				dna.search(person).stream().map(DnaDatabase.Lead::personId).collect(Collectors.toSet());
		Population people = world.population();
		long relatives = people.family(person).all().size();
		long enrolled =
				people.family(person).all().stream().filter(dna::enrolled).count();
		long found = leads.stream().filter(l -> dna.isRelativeOf(person, l)).count();
		FamilyGraph.Labels labels = new FamilyGraph.Labels(
				messages.getMessage(
						prefix + ".title", new Object[] {people.person(person).fullName()}, locale),
				messages.getMessage(
						"registry.family.description",
						new Object[] {people.person(person).fullName(), relatives, enrolled, leads.size(), found},
						locale),
				messages.getMessage("registry.family.node.centre", null, locale),
				messages.getMessage("registry.family.node.enrolled", null, locale),
				messages.getMessage("registry.family.node.lead", null, locale),
				messages.getMessage("registry.family.false-leads", null, locale));
		return FamilyGraph.svg(id, people, person, dna::enrolled, leads, labels);
	}

	/** A lead as the page lists it. */
	record Shown(int personId, String name, String log10Index) {}

	private static double percent(String value) {
		double p = TypedNumbers.decimal(value)
				.orElseThrow(() -> new BadInputException("coverage", "registry.bad.coverage"));
		if (!(p >= 0 && p <= 100)) {
			throw new BadInputException("coverage", "registry.bad.coverage");
		}
		return p;
	}
}
