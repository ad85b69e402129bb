package org.consentlab.wallet;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consentlab.account.Account;
import org.consentlab.account.CurrentAccount;
import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.web.BadInputException;
import org.consentlab.web.Loopback;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The consent screen (OpenID4VP 1.0 §5 requests arriving at the wallet): names the verifier, its
 * stated purpose, each requested claim as required or optional, and warns of over-asking, where
 * the request names claims beyond those the verifier is registered for. The learner shares
 * (optional claims may be trimmed) or declines.
 */
@Controller
class ConsentController {

	private final CurrentAccount current;

	private final WalletCredentials credentials;

	private final PresentCredential present;

	private final Loopback loopback;

	ConsentController(
			CurrentAccount current, WalletCredentials credentials, PresentCredential present, Loopback loopback) {
		this.loopback = loopback;
		this.current = current;
		this.credentials = credentials;
		this.present = present;
	}

	@GetMapping(WalletRoutes.REQUESTS)
	String consent(@RequestParam Map<String, String> parameters, Model model) {
		ConsentRequest request = parse(parameters);
		model.addAttribute("request", request);
		model.addAttribute("credential", matching(current.require(), request).orElse(null));
		model.addAttribute("action", WalletRoutes.REQUESTS);
		return "wallet/consent";
	}

	@PostMapping(WalletRoutes.REQUESTS)
	String respond(
			@RequestParam Map<String, String> parameters,
			@RequestParam(name = "share", required = false) List<String> chosen,
			Model model) {
		Account me = current.require();
		ConsentRequest request = parse(parameters);
		PresentCredential.Result result;
		if ("share".equals(parameters.get("decision"))) {
			HeldCredential credential = matching(me, request)
					.orElseThrow(() -> new BadInputException("decision", "wallet.consent.no-credential"));
			result = present.present(me, request, credential, chosen == null ? List.of() : chosen);
			// a one-time credential, once shown, is never shown again (OpenID4VCI 1.0 §8.2, batch issuance)
			credentials.markUsed(me.id(), credential.id());
		} else if ("decline".equals(parameters.get("decision"))) {
			result = present.decline(me, request);
		} else {
			throw new BadInputException("decision", "wallet.consent.decision");
		}
		model.addAttribute("request", request);
		model.addAttribute("result", result);
		model.addAttribute("verifierResult", loopback.onThisHost(result.redirectUri()));
		model.addAttribute("home", WalletRoutes.HOME);
		return "wallet/sent";
	}

	/** The learner's newest credential of a type the query accepts that holds every required claim; not a used one-time copy. */
	private Optional<HeldCredential> matching(Account me, ConsentRequest request) {
		return credentials.of(me.id()).stream()
				.filter(held -> !held.used())
				.filter(held -> request.query().vctValues().contains(held.vct()))
				.filter(held -> holdsRequired(held, request))
				.findFirst();
	}

	private static boolean holdsRequired(HeldCredential held, ConsentRequest request) {
		List<String> paths = CredentialView.of(held).claims().stream()
				.map(CredentialView.ClaimRow::path)
				.toList();
		return request.claims().stream()
				.filter(ConsentRequest.Claim::required)
				.allMatch(claim ->
						paths.stream().anyMatch(p -> p.equals(claim.path()) || p.startsWith(claim.path() + ".")));
	}

	private static ConsentRequest parse(Map<String, String> parameters) {
		try {
			return ConsentRequest.parse(parameters);
		} catch (MalformedMessageException ex) {
			throw new BadInputException(ex.member(), "wallet.request.invalid");
		}
	}
}
