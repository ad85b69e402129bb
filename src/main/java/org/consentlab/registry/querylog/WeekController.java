package org.consentlab.registry.querylog;

import java.util.List;
import java.util.Locale;
import org.consentlab.account.Account;
import org.consentlab.account.CurrentAccount;
import org.consentlab.registry.RegistryRoutes;
import org.consentlab.registry.RegistryWorld;
import org.consentlab.registry.Subject;
import org.consentlab.registry.policy.AccessPolicy;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Lab L2: a simulated week of the persona's life, every check a query to the Registry, and the
 * learner's own query log. Living the week also runs the week of the person the learner will
 * later track as an analyst: their checks land in the same log.
 */
@Controller
class WeekController {

	private final CurrentAccount current;

	private final RegistryWorld world;

	private final AnswerQuery registry;

	private final QueryLog log;

	private final MessageSource messages;

	WeekController(
			CurrentAccount current, RegistryWorld world, AnswerQuery registry, QueryLog log, MessageSource messages) {
		this.current = current;
		this.world = world;
		this.registry = registry;
		this.log = log;
		this.messages = messages;
	}

	@GetMapping(RegistryRoutes.WEEK)
	String week(Model model, Locale locale) {
		Account me = current.require();
		Subject subject = world.subjectOf(me);
		model.addAttribute("persona", subject.persona());
		List<WeekOfLife.Event> events = WeekOfLife.of(me.seed(), subject.personId(), subject.year());
		List<QueryLog.Entry> logged = log.about(me.id(), subject.personId());
		boolean lived = WeekOfLife.lived(logged, events);
		model.addAttribute("events", events);
		model.addAttribute("lived", lived);
		if (lived) {
			List<WeekChart.Mark> marks = logged.stream()
					.map(e -> new WeekChart.Mark(e.agency(), e.place(), e.at()))
					.toList();
			model.addAttribute(
					"weekChart",
					WeekChart.render(
							"week-chart",
							subject.persona().fullName(),
							marks,
							WeekOfLife.monday(subject.year()),
							messages,
							locale));
			model.addAttribute("weekLegend", WeekChart.legend(marks));
		}
		return "registry/week";
	}

	@PostMapping(RegistryRoutes.WEEK)
	String live(Locale locale) {
		Account me = current.require();
		Subject subject = world.subjectOf(me);
		List<WeekOfLife.Event> own = WeekOfLife.of(me.seed(), subject.personId(), subject.year());
		if (!WeekOfLife.lived(log.about(me.id(), subject.personId()), own)) {
			AccessPolicy policy = AccessPolicy.inYear(subject.year());
			run(me, subject.personId(), subject.persona().fullName(), subject.year(), policy, locale);
			int target = world.targetOf(me);
			run(me, target, world.population().person(target).fullName(), subject.year(), policy, locale);
		}
		return "redirect:" + RegistryRoutes.LOG;
	}

	@GetMapping(RegistryRoutes.LOG)
	String log(Model model) {
		Account me = current.require();
		Subject subject = world.subjectOf(me);
		model.addAttribute("persona", subject.persona());
		model.addAttribute("entries", log.about(me.id(), subject.personId()));
		return "registry/log";
	}

	private void run(Account me, int personId, String name, int year, AccessPolicy policy, Locale locale) {
		List<WeekOfLife.Event> events = WeekOfLife.of(me.seed(), personId, year);
		for (WeekOfLife.Event event : events) {
			String purpose = messages.getMessage(event.purposeKey(), null, locale);
			registry.answer(me.id(), event.query(personId, name, purpose), policy);
		}
	}
}
