package org.consentlab.registry.querylog;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.consentlab.account.Account;
import org.consentlab.account.CurrentAccount;
import org.consentlab.population.Person;
import org.consentlab.registry.Agency;
import org.consentlab.registry.DataCategory;
import org.consentlab.registry.RegistryQuery;
import org.consentlab.registry.RegistryRoutes;
import org.consentlab.registry.RegistryWorld;
import org.consentlab.registry.Subject;
import org.consentlab.registry.policy.AccessPolicy;
import org.consentlab.web.BadInputException;
import org.consentlab.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Registry's query API, played by the learner: pick an agency, a person by passport number,
 * the data, a stated purpose and an answer mode. The agency's authority decides (see
 * {@link AgencyAuthorization}); allowed or refused, the query is logged.
 */
@Controller
class QueryController {

	private final CurrentAccount current;

	private final RegistryWorld world;

	private final AnswerQuery registry;

	QueryController(CurrentAccount current, RegistryWorld world, AnswerQuery registry) {
		this.current = current;
		this.world = world;
		this.registry = registry;
	}

	@GetMapping(RegistryRoutes.QUERY)
	String form(Model model) {
		Account me = current.require();
		Subject subject = world.subjectOf(me);
		model.addAttribute("persona", subject.persona());
		model.addAttribute(
				"passport",
				world.population().person(subject.personId()).passport().number());
		model.addAttribute("policy", AccessPolicy.inYear(subject.year()));
		return "registry/query";
	}

	@PostMapping(RegistryRoutes.QUERY)
	String ask(
			@RequestParam String agency,
			@RequestParam String passport,
			@RequestParam(name = "category", required = false) List<String> categories,
			@RequestParam String purpose,
			@RequestParam String place,
			@RequestParam String mode,
			Model model) {
		Account me = current.require();
		Subject subject = world.subjectOf(me);
		String number = passport.trim().toUpperCase(Locale.ROOT);
		if (!number.matches("[A-Z0-9]{1,9}")) {
			throw new BadInputException("passport", "registry.bad.passport");
		}
		int personId = world.personByPassport(number)
				.orElseThrow(() -> new NotFoundException("registry.notfound.passport", number));
		Person person = world.population().person(personId);
		String name = personId == subject.personId() ? subject.persona().fullName() : person.fullName();
		RegistryQuery query = new RegistryQuery(
				parse(Agency.class, agency, "agency"),
				personId,
				name,
				text(place, 160, "place"),
				now(subject.year()),
				categories(categories),
				text(purpose, 200, "purpose"),
				RegistryQuery.Need.ONE_FACT,
				parse(RegistryQuery.Mode.class, mode, "mode"));
		AccessPolicy policy = AccessPolicy.inYear(subject.year());
		model.addAttribute("answer", registry.answer(me.id(), query, policy));
		model.addAttribute("query", query);
		model.addAttribute("persona", subject.persona());
		model.addAttribute("passport", number);
		model.addAttribute("policy", policy);
		return "registry/query";
	}

	/** Queries typed by hand happen on the Sunday of the simulated week, at today's clock time. */
	private static LocalDateTime now(int year) {
		return WeekOfLife.monday(year)
				.plusDays(6)
				.atTime(LocalTime.now().withSecond(0).withNano(0));
	}

	private static Set<DataCategory> categories(List<String> names) {
		if (names == null || names.isEmpty()) {
			throw new BadInputException("category", "registry.bad.no-category");
		}
		Set<DataCategory> set = EnumSet.noneOf(DataCategory.class);
		names.forEach(name -> set.add(parse(DataCategory.class, name, "category")));
		return set;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
		try {
			return Enum.valueOf(type, value.trim());
		} catch (IllegalArgumentException e) {
			throw new BadInputException(field, "registry.bad.choice");
		}
	}

	private static String text(String value, int max, String field) {
		String trimmed = value.trim();
		if (trimmed.isEmpty() || trimmed.length() > max) {
			throw new BadInputException(field, "registry.bad.text");
		}
		return trimmed;
	}
}
