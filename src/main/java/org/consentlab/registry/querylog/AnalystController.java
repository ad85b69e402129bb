package org.consentlab.registry.querylog;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.consentlab.account.Account;
import org.consentlab.account.CurrentAccount;
import org.consentlab.population.Person;
import org.consentlab.registry.RegistryRoutes;
import org.consentlab.registry.RegistryWorld;
import org.consentlab.registry.Subject;
import org.consentlab.web.BadInputException;
import org.consentlab.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Lab L2's analyst view: a person's week reconstructed from the learner's query log alone, looked
 * up by passport number, with the learner's own assignment (where was the target at one moment?).
 */
@Controller
class AnalystController {

	private final CurrentAccount current;

	private final RegistryWorld world;

	private final QueryLog log;

	private final MessageSource messages;

	AnalystController(CurrentAccount current, RegistryWorld world, QueryLog log, MessageSource messages) {
		this.current = current;
		this.world = world;
		this.log = log;
		this.messages = messages;
	}

	@GetMapping(RegistryRoutes.ANALYST)
	String analyst(@RequestParam(name = "passport", required = false) String passport, Model model, Locale locale) {
		Account me = current.require();
		Subject subject = world.subjectOf(me);
		Person target = world.population().person(world.targetOf(me));
		int shown = target.id();
		if (passport != null && !passport.isBlank()) {
			String number = passport.trim().toUpperCase(java.util.Locale.ROOT);
			if (!number.matches("[A-Z0-9]{1,9}")) {
				throw new BadInputException("passport", "registry.bad.passport");
			}
			shown = world.personByPassport(number)
					.orElseThrow(() -> new NotFoundException("registry.notfound.passport", number));
		}
		LocalDateTime moment = Whereabouts.moment(me.seed(), target.id(), subject.year());
		model.addAttribute("target", target);
		model.addAttribute("moment", moment);
		model.addAttribute("shown", world.population().person(shown));
		List<QueryLog.Entry> entries = log.about(me.id(), shown);
		model.addAttribute("entries", entries);
		model.addAttribute("monday", WeekOfLife.monday(subject.year()));
		if (!entries.isEmpty()) {
			List<WeekChart.Mark> marks = entries.stream()
					.map(e -> new WeekChart.Mark(e.agency(), e.place(), e.at()))
					.toList();
			model.addAttribute(
					"weekChart",
					WeekChart.render(
							"analyst-chart",
							world.population().person(shown).fullName(),
							marks,
							WeekOfLife.monday(subject.year()),
							messages,
							locale));
			model.addAttribute("weekLegend", WeekChart.legend(marks));
		}
		return "registry/analyst";
	}
}
