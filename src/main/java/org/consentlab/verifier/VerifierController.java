package org.consentlab.verifier;

import java.util.Locale;
import java.util.function.Function;
import org.consentlab.account.Account;
import org.consentlab.account.CurrentAccount;
import org.consentlab.credential.oauth.WalletEndpoints;
import org.consentlab.credential.oid4vp.Oid4vp;
import org.consentlab.web.Loopback;
import org.consentlab.web.NotFoundException;
import org.consentlab.web.QrCodes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The verifiers' pages: what each asks for and why, a button that starts an OpenID4VP request, the
 * request as a same-device link and a cross-device QR code (for a signed request, only its client id
 * and request URI, OpenID4VP 1.0 §5.10) (the page polls for the outcome while
 * the other device answers), and the learner's own transactions with
 * it ("what this verifier learned") and the rejections with their typed error codes.
 */
@Controller
class VerifierController {

	private final CurrentAccount current;

	private final Verifiers verifiers;

	private final VerifierTransactions transactions;

	private final Requests requests;

	private final SignedRequests signed;

	private final Loopback loopback;

	private final WalletEndpoints wallet;

	VerifierController(
			CurrentAccount current,
			Verifiers verifiers,
			VerifierTransactions transactions,
			Requests requests,
			SignedRequests signed,
			Loopback loopback,
			WalletEndpoints wallet) {
		this.current = current;
		this.verifiers = verifiers;
		this.transactions = transactions;
		this.requests = requests;
		this.signed = signed;
		this.loopback = loopback;
		this.wallet = wallet;
	}

	@GetMapping(VerifierRoutes.LIST)
	String list(Model model) {
		model.addAttribute("verifiers", verifiers.all());
		model.addAttribute("pageRoute", VerifierRoutes.PAGE);
		return "verifier/list";
	}

	@GetMapping(VerifierRoutes.PAGE)
	String page(@PathVariable String id, Model model) {
		VerifierProfile profile = profile(id);
		Account me = current.require();
		model.addAttribute("verifier", profile);
		model.addAttribute("transactions", transactions.of(me.id(), id));
		model.addAttribute("rejections", transactions.rejections(me.id(), id));
		model.addAttribute("start", VerifierRoutes.of(VerifierRoutes.START, id));
		model.addAttribute("dcApiStart", DcApiController.startRoute(id));
		return "verifier/page";
	}

	/**
	 * Starts a transaction, signed unless the form asks {@code mode=unsigned}: a per-request choice
	 * that only a lab showing what signing prevents offers, never a switch for the whole app.
	 */
	@PostMapping(VerifierRoutes.START)
	String start(@PathVariable String id, @RequestParam(name = "mode", required = false) String mode) {
		VerifierProfile profile = profile(id);
		Transaction tx = requests.start(profile, current.require().id(), RequestMode.of(mode));
		return "redirect:" + VerifierRoutes.transaction(id, tx.id());
	}

	@GetMapping(VerifierRoutes.TRANSACTION)
	String transaction(@PathVariable String id, @PathVariable long tx, Locale locale, Model model) {
		VerifierProfile profile = profile(id);
		Transaction transaction = transactions
				.find(current.require().id(), id, tx)
				.orElseThrow(() -> new NotFoundException("notfound.transaction", String.valueOf(tx)));
		Function<String, String> link;
		if (transaction.mode() == RequestMode.SIGNED) {
			link = endpoint -> signed.byReference(transaction, endpoint);
			model.addAttribute(
					"requestObject", loopback.publicUrl(VerifierRoutes.requestObject(id, transaction.state())));
		} else {
			org.consentlab.credential.oid4vp.AuthorizationRequest request =
					signed.unsigned(profile, transaction, locale);
			link = request::toRequestUri;
		}
		model.addAttribute("verifier", profile);
		model.addAttribute("tx", transaction);
		model.addAttribute("signed", transaction.mode() == RequestMode.SIGNED);
		String walletLink = link.apply(wallet.authorizationEndpoint());
		model.addAttribute("walletLink", walletLink);
		String openid4vp = link.apply(Oid4vp.SCHEME);
		model.addAttribute("openid4vp", openid4vp);
		model.addAttribute("openid4vpDecoded", RequestParameter.of(openid4vp));
		// an unsigned request may not fit a QR code; the page then says why (OpenID4VP 1.0 §5.10: by reference it
		// would)
		model.addAttribute("qrPath", QrCodes.fits(loopback.publicUrl(walletLink)) ? walletLink : null);
		model.addAttribute("page", VerifierRoutes.of(VerifierRoutes.PAGE, id));
		model.addAttribute(
				"poll", VerifierRoutes.TRANSACTION_STATUS.replace("{id}", id).replace("{tx}", String.valueOf(tx)));
		return "verifier/transaction";
	}

	/** The outcome part of the transaction page, polled by htmx for the cross-device flow. */
	@GetMapping(VerifierRoutes.TRANSACTION_STATUS)
	String transactionStatus(@PathVariable String id, @PathVariable long tx, Model model) {
		profile(id);
		Transaction transaction = transactions
				.find(current.require().id(), id, tx)
				.orElseThrow(() -> new NotFoundException("notfound.transaction", String.valueOf(tx)));
		model.addAttribute("tx", transaction);
		model.addAttribute(
				"poll", VerifierRoutes.TRANSACTION_STATUS.replace("{id}", id).replace("{tx}", String.valueOf(tx)));
		return "verifier/transaction :: outcome";
	}

	private VerifierProfile profile(String id) {
		return verifiers.find(id).orElseThrow(() -> new NotFoundException("notfound.verifier", id));
	}
}
