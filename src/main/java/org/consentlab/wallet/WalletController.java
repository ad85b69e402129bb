package org.consentlab.wallet;

import org.consentlab.account.Account;
import org.consentlab.account.CurrentAccount;
import org.consentlab.sandbox.Persona;
import org.consentlab.sandbox.World;
import org.consentlab.sandbox.WorldVisits;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The Wallet world's landing page: the learner's personal ID, claim by claim, held by the learner alone. */
@Controller
class WalletController {

	private final CurrentAccount current;

	private final WorldVisits visits;

	WalletController(CurrentAccount current, WorldVisits visits) {
		this.current = current;
		this.visits = visits;
	}

	@GetMapping("/wallet")
	String wallet(Model model) {
		Account me = current.require();
		visits.visit(me.id(), World.WALLET);
		model.addAttribute("persona", Persona.of(me.seed()));
		return "wallet/home";
	}
}
