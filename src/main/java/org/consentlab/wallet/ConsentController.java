package org.consentlab.wallet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consentlab.account.Account;
import org.consentlab.account.CurrentAccount;
import org.consentlab.credential.dcql.CredentialQuery;
import org.consentlab.credential.dcql.DcqlQuery;
import org.consentlab.credential.oid4vp.RequestObjectException;
import org.consentlab.web.BadInputException;
import org.consentlab.web.Loopback;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The consent screen (OpenID4VP 1.0 §5 requests arriving at the wallet): who asks and why, from the
 * verified registration (or "unverified requester" and the reason), each requested claim as
 * required or optional, every claim beyond the registration (over-asking), and, when the query's
 * credential sets offer alternatives (DCQL §6.4.2), the choice between them. The learner shares
 * (optional claims may be trimmed) or declines. A signed request that fails a check is refused on
 * a page that names the check and its section.
 */
@Controller
class ConsentController {

	/** The form field of the option chosen in credential set {@code i}: {@code choice-i}. */
	static final String CHOICE = "choice-";

	private final CurrentAccount current;

	private final WalletCredentials credentials;

	private final PresentCredential present;

	private final ReadRequest read;

	private final Loopback loopback;

	private final RefusedRequests refusals;

	ConsentController(
			CurrentAccount current,
			WalletCredentials credentials,
			PresentCredential present,
			ReadRequest read,
			Loopback loopback,
			RefusedRequests refusals) {
		this.loopback = loopback;
		this.refusals = refusals;
		this.current = current;
		this.credentials = credentials;
		this.present = present;
		this.read = read;
	}

	@GetMapping(WalletRoutes.REQUESTS)
	String consent(@RequestParam Map<String, String> parameters, Model model) {
		ConsentRequest request;
		try {
			request = read.read(parameters);
		} catch (WalletException ex) {
			model.addAttribute("failure", ex);
			return "wallet/failed";
		}
		Map<String, HeldCredential> held = matching(current.require(), request);
		DcqlQuery.Selection selection = request.request().dcqlQuery().select(held::containsKey);
		model.addAttribute("request", request);
		model.addAttribute("held", held);
		model.addAttribute("selection", selection);
		model.addAttribute("choice", CHOICE);
		model.addAttribute("action", WalletRoutes.REQUESTS);
		return "wallet/consent";
	}

	@PostMapping(WalletRoutes.REQUESTS)
	String respond(
			@RequestParam Map<String, String> parameters,
			@RequestParam(name = "share", required = false) List<String> kept,
			Model model) {
		Account me = current.require();
		ConsentRequest request;
		try {
			request = read.read(parameters);
		} catch (WalletException ex) {
			model.addAttribute("failure", ex);
			return "wallet/failed";
		}
		Optional<PresentCredential.Result> earlier = present.answeredBefore(me, request);
		PresentCredential.Result result;
		if (earlier.isPresent()) {
			result = earlier.get();
		} else if ("share".equals(parameters.get("decision"))) {
			Map<String, HeldCredential> chosen = chosen(matching(me, request), request, parameters);
			result = present.present(me, request, chosen, kept == null ? List.of() : kept);
			// a one-time credential, once shown, is never shown again (OpenID4VCI 1.0 §8.2, batch issuance)
			chosen.values().forEach(credential -> credentials.markUsed(me.id(), credential.id()));
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

	/** A signed request that fails a check: refused, on a page naming the check (never a 500). */
	@ExceptionHandler(RequestObjectException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String refused(RequestObjectException ex, Model model) {
		current.find().ifPresent(me -> refusals.record(me.id(), ex.failure()));
		model.addAttribute("failure", ex.failure());
		model.addAttribute("certificateReason", ex.certificateReason());
		model.addAttribute("home", WalletRoutes.HOME);
		return "wallet/refused";
	}

	/**
	 * The credentials to present: in each credential set, the option the learner chose among those
	 * the wallet can satisfy (the verifier's first by default, §6.4.2).
	 */
	private static Map<String, HeldCredential> chosen(
			Map<String, HeldCredential> held, ConsentRequest request, Map<String, String> parameters) {
		DcqlQuery.Selection selection = request.request().dcqlQuery().select(held::containsKey);
		if (!selection.satisfied()) {
			throw new BadInputException("decision", "wallet.consent.no-credential");
		}
		Map<String, HeldCredential> chosen = new LinkedHashMap<>();
		for (int i = 0; i < selection.sets().size(); i++) {
			DcqlQuery.Selection.SetOutcome set = selection.sets().get(i);
			if (!set.satisfied()) {
				continue;
			}
			int option =
					option(parameters.get(CHOICE + i), set.satisfiedOptions().size());
			for (String id : set.satisfiedOptions().get(option)) {
				chosen.put(id, held.get(id));
			}
		}
		return chosen;
	}

	private static int option(String value, int options) {
		if (value == null) {
			return 0;
		}
		if (!value.matches("[0-9]{1,2}") || Integer.parseInt(value) >= options) {
			throw new BadInputException("choice", "wallet.consent.choice");
		}
		return Integer.parseInt(value);
	}

	/**
	 * For each credential query, the learner's newest credential of a type it accepts that holds
	 * every required claim; not a used one-time copy. A query without one is missing from the map.
	 */
	private Map<String, HeldCredential> matching(Account me, ConsentRequest request) {
		List<HeldCredential> all = credentials.of(me.id());
		Map<String, HeldCredential> matching = new LinkedHashMap<>();
		for (ConsentRequest.Wanted wanted : request.credentials()) {
			first(all, wanted).ifPresent(held -> matching.put(wanted.id(), held));
		}
		return matching;
	}

	private static Optional<HeldCredential> first(List<HeldCredential> all, ConsentRequest.Wanted wanted) {
		CredentialQuery query = wanted.query();
		return all.stream()
				.filter(held -> !held.used())
				.filter(held -> query.vctValues().contains(held.vct()))
				.filter(held -> holdsRequired(held, wanted))
				.findFirst();
	}

	private static boolean holdsRequired(HeldCredential held, ConsentRequest.Wanted wanted) {
		Set<String> paths = Set.copyOf(CredentialView.of(held).claims().stream()
				.map(CredentialView.ClaimRow::path)
				.toList());
		return wanted.claims().stream()
				.filter(ConsentRequest.Claim::required)
				.allMatch(claim ->
						paths.stream().anyMatch(p -> p.equals(claim.path()) || p.startsWith(claim.path() + ".")));
	}
}
