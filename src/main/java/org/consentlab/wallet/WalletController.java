package org.consentlab.wallet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consentlab.account.Account;
import org.consentlab.account.CurrentAccount;
import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.credential.oid4vci.CredentialOffer;
import org.consentlab.credential.oid4vci.Oid4vci;
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

	private final ClaimLabels labels;

	WalletController(
			CurrentAccount current,
			WorldVisits visits,
			WalletCredentials credentials,
			WalletHistory history,
			ReceiveCredential receive,
			ClaimLabels labels) {
		this.labels = labels;
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
		List<HeldCredential> held = credentials.of(me.id());
		List<CredentialView> cards = new ArrayList<>();
		Map<Long, String> batches = new HashMap<>();
		Set<String> seen = new HashSet<>();
		for (HeldCredential each : held) {
			if (!each.inBatch()) {
				cards.add(CredentialView.of(each));
				continue;
			}
			if (seen.add(each.batchKey())) {
				List<HeldCredential> members = held.stream()
						.filter(m -> each.batchKey().equals(m.batchKey()))
						.toList();
				HeldCredential shown =
						members.stream().filter(m -> !m.used()).findFirst().orElse(each);
				cards.add(CredentialView.of(shown));
				batches.put(shown.id(), members.stream().filter(m -> !m.used()).count() + "/" + members.size());
			}
		}
		model.addAttribute("cards", cards);
		model.addAttribute("batches", batches);
		model.addAttribute("history", history.of(me.id()));
		return "wallet/home";
	}

	@GetMapping(WalletRoutes.CREDENTIAL)
	String credential(@PathVariable long id, Locale locale, Model model) {
		HeldCredential held = credentials
				.find(current.require().id(), id)
				.orElseThrow(() -> new NotFoundException("notfound.credential", String.valueOf(id)));
		model.addAttribute("view", CredentialView.of(held));
		model.addAttribute("labels", labels.of(held, locale));
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
	String offer(
			@RequestParam(name = Oid4vci.CREDENTIAL_OFFER, required = false) String json,
			@RequestParam(name = "batch", required = false) String batch,
			Model model) {
		model.addAttribute("offer", parse(json));
		model.addAttribute("offerJson", json);
		model.addAttribute("batch", batch(batch));
		return "wallet/offer";
	}

	@PostMapping(WalletRoutes.OFFERS)
	String accept(
			@RequestParam(name = Oid4vci.CREDENTIAL_OFFER, required = false) String json,
			@RequestParam(name = Oid4vci.TX_CODE, required = false) String txCode,
			@RequestParam(name = "batch", required = false) String batch,
			Model model) {
		CredentialOffer offer = parse(json);
		if (offer.txCode() != null && !offer.txCode().accepts(txCode)) {
			throw new BadInputException(Oid4vci.TX_CODE, "wallet.offer.tx-code.invalid");
		}
		Account me = current.require();
		Optional<Long> received = credentials.receivedFrom(me.id(), offer);
		if (received.isPresent()) {
			// the offer accepted again (a retry, the browser's history): its code is spent, show what it gave
			return "redirect:" + WalletRoutes.credential(received.get()) + "?received";
		}
		try {
			HeldCredential held = receive.receive(me, offer, txCode, batch(batch));
			return "redirect:" + WalletRoutes.credential(held.id()) + "?received";
		} catch (WalletException ex) {
			model.addAttribute("failure", ex);
			return "wallet/failed";
		}
	}

	private static CredentialOffer parse(String json) {
		try {
			return CredentialOffer.parse(json);
		} catch (MalformedMessageException ex) {
			throw new BadInputException(Oid4vci.CREDENTIAL_OFFER, "wallet.offer.invalid");
		}
	}

	/** How many one-time credentials the offer link asks for: 1 unless it says a number up to the wallet's maximum. */
	private static int batch(String batch) {
		if (batch == null || !batch.matches("[1-9][0-9]?")) {
			return 1;
		}
		return Math.min(Integer.parseInt(batch), ReceiveCredential.MAX_BATCH);
	}

	/**
	 * The OpenID4VCI 1.0 parameter names the offer form posts (§4.1.1 {@code credential_offer}, §6.1
	 * {@code tx_code}), from the protocol layer, so the form and the handler above cannot drift apart.
	 */
	@ModelAttribute("wire")
	Map<String, String> wireNames() {
		return Map.of("credentialOffer", Oid4vci.CREDENTIAL_OFFER, "txCode", Oid4vci.TX_CODE);
	}

	@ModelAttribute("routes")
	Map<String, String> routes() {
		return Map.of(
				"home",
				WalletRoutes.HOME,
				"offers",
				WalletRoutes.OFFERS,
				"requests",
				WalletRoutes.REQUESTS,
				"delete",
				WalletRoutes.DELETE,
				"credential",
				WalletRoutes.CREDENTIAL);
	}
}
