package org.consentlab.wallet;

import java.util.Map;

import org.consentlab.account.Account;
import org.consentlab.account.CurrentAccount;
import org.consentlab.sandbox.Persona;
import org.consentlab.sandbox.World;
import org.consentlab.sandbox.WorldVisits;
import org.consentlab.web.BadInputException;
import org.consentlab.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The learner's wallet: the credentials as cards, one credential taken apart, the offers to accept
 * and the history of presentations. Every page shows the signed-in learner's own wallet only.
 */
@Controller
class WalletController {

	private final CurrentAccount current;

	private final WorldVisits visits;

	private final WalletCredentials credentials;

	private final WalletHistory history;

	private final ReceiveCredential receive;

	WalletController(CurrentAccount current, WorldVisits visits, WalletCredentials credentials, WalletHistory history,
			ReceiveCredential receive) {
		this.current = current;
		this.visits = visits;
		this.credentials = credentials;
		this.history = history;
		this.receive = receive;
	}

	@GetMapping(WalletRoutes.HOME)
	String wallet(Model model) {
		Account me = current.require();
		visits.visit(me.id(), World.WALLET);
		model.addAttribute("persona", Persona.of(me.seed()));
		model.addAttribute("cards", credentials.of(me.id()).stream().map(CredentialView::of).toList());
		model.addAttribute("history", history.of(me.id()));
		return "wallet/home";
	}

	@GetMapping(WalletRoutes.CREDENTIAL)
	String credential(@PathVariable long id, Model model) {
		HeldCredential held = credentials.find(current.require().id(), id).orElseThrow(() -> new NotFoundException("notfound.credential", String.valueOf(id)));
		model.addAttribute("view", CredentialView.of(held));
		return "wallet/credential";
	}

	@PostMapping(WalletRoutes.DELETE)
	String delete(@PathVariable long id) {
		if (!credentials.delete(current.require().id(), id)) {
			throw new NotFoundException("notfound.credential", String.valueOf(id));
		}
		return "redirect:" + WalletRoutes.HOME;
	}

	@GetMapping(WalletRoutes.OFFERS)
	String offer(@RequestParam(name = "credential_offer", required = false) String json, Model model) {
		CredentialOffer offer = CredentialOffer.parse(json);
		if (offer == null) {
			throw new BadInputException("credential_offer", "wallet.offer.invalid");
		}
		model.addAttribute("offer", offer);
		model.addAttribute("offerJson", json);
		return "wallet/offer";
	}

	@PostMapping(WalletRoutes.OFFERS)
	String accept(@RequestParam(name = "credential_offer", required = false) String json, Model model) {
		CredentialOffer offer = CredentialOffer.parse(json);
		if (offer == null) {
			throw new BadInputException("credential_offer", "wallet.offer.invalid");
		}
		try {
			HeldCredential held = receive.receive(current.require(), offer);
			return "redirect:" + WalletRoutes.credential(held.id()) + "?received";
		}
		catch (WalletException ex) {
			model.addAttribute("failure", ex);
			return "wallet/failed";
		}
	}

	@ModelAttribute("routes")
	Map<String, String> routes() {
		return Map.of("home", WalletRoutes.HOME, "offers", WalletRoutes.OFFERS, "requests", WalletRoutes.REQUESTS,
				"delete", WalletRoutes.DELETE, "credential", WalletRoutes.CREDENTIAL);
	}
}
