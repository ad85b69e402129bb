package org.consentlab.labs;

import java.util.Locale;
import org.consentlab.account.Account;
import org.consentlab.account.CurrentAccount;
import org.consentlab.account.Role;
import org.consentlab.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A lab's solution walkthrough, for instructors only. Anyone else gets "not found", as if it did
 * not exist, so a learner cannot learn from the status code that there is something to find.
 */
@Controller
class WalkthroughController {

	private final Walkthroughs walkthroughs;

	private final LabCatalogue catalogue;

	private final CurrentAccount current;

	private final LabParser markdown = new LabParser();

	WalkthroughController(Walkthroughs walkthroughs, LabCatalogue catalogue, CurrentAccount current) {
		this.walkthroughs = walkthroughs;
		this.catalogue = catalogue;
		this.current = current;
	}

	@GetMapping("/labs/{labId}/walkthrough")
	String walkthrough(@PathVariable String labId, Model model, Locale locale) {
		Account me = current.require();
		Lab lab = catalogue.find(labId).orElseThrow(() -> new NotFoundException("notfound.lab", labId));
		if (me.role() != Role.INSTRUCTOR) {
			throw new NotFoundException("notfound.lab", labId);
		}
		String text = walkthroughs.of(lab.id(), locale).orElseThrow(() -> new NotFoundException("notfound.lab", labId));
		model.addAttribute("lab", catalogue.find(lab.id(), locale).orElse(lab));
		model.addAttribute("walkthrough", markdown.render(text));
		return "labs/walkthrough";
	}
}
