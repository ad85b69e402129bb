package org.consentlab.labs.scorecard;

import org.consentlab.account.Account;
import org.consentlab.account.CurrentAccount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Lab L12's scorecard: the learner's own week in both worlds, side by side. */
@Controller
class ScorecardController {

	private final CurrentAccount current;

	private final Scorecards scorecards;

	ScorecardController(CurrentAccount current, Scorecards scorecards) {
		this.current = current;
		this.scorecards = scorecards;
	}

	@GetMapping("/scorecard")
	String scorecard(Model model) {
		Account learner = current.require();
		model.addAttribute("card", scorecards.of(learner));
		model.addAttribute("asking", scorecards.whoCanAsk(learner));
		return "labs/scorecard";
	}
}
