package org.consentlab.inspector;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.consentlab.account.CurrentAccount;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.sdjwt.ParseLimits;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.sdjwt.SdJwtJson;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.consentlab.credential.verify.IssuerKeyResolver;
import org.consentlab.credential.verify.SdJwtVerifier;
import org.consentlab.credential.verify.VerificationPolicy;
import org.consentlab.credential.verify.VerificationResult;
import org.consentlab.verifier.IssuerTrust;
import org.consentlab.verifier.StatusListClient;
import org.consentlab.verifier.VerifierTransactions;
import org.consentlab.verifier.Verifiers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The SD-JWT inspector: paste any SD-JWT or presentation, from the wallet, the command line or the
 * RFC, and see its parts and the verdict a verifier would reach. The verdict uses the issuer's key
 * from its published metadata when the issuer is one of this app's; key binding is checked for its
 * signature and {@code sd_hash}, not for a particular nonce or audience, since no request is involved.
 */
@Controller
class InspectorController {

	static final String ROUTE = "/inspector";

	/** Longest text inspected; longer pastes get a verdict without being parsed (RFC 9901 §7, resource limits). */
	static final int MAX_TOKEN = 48 * 1024;

	/** The codes that mean no verdict could be reached: no issuer named, or none this app knows. */
	private static final Set<VerificationErrorCode> UNCHECKED =
			Set.of(VerificationErrorCode.ISS_MISSING, VerificationErrorCode.ISSUER_KEY_UNAVAILABLE);

	private final IssuerTrust trust;

	private final StatusListClient statusLists;

	private final CurrentAccount current;

	private final Verifiers verifiers;

	private final VerifierTransactions transactions;

	InspectorController(
			IssuerTrust trust,
			StatusListClient statusLists,
			CurrentAccount current,
			Verifiers verifiers,
			VerifierTransactions transactions) {
		this.trust = trust;
		this.statusLists = statusLists;
		this.current = current;
		this.verifiers = verifiers;
		this.transactions = transactions;
	}

	@GetMapping(ROUTE)
	String form(Model model) {
		model.addAttribute("route", ROUTE);
		tamperForm(model);
		return "inspector/inspector";
	}

	/** What the tampering buttons offer: the learner's own recent presentations and every verifier (lab L9). */
	private void tamperForm(Model model) {
		model.addAttribute("sources", transactions.shown(current.require().id(), AttackSources.SOURCES));
		model.addAttribute("verifiers", verifiers.all());
		model.addAttribute("attacks", Attack.values());
	}

	@PostMapping(ROUTE)
	String inspect(@RequestParam(name = "token", required = false) String token, Model model) {
		String text = token == null ? "" : token.strip();
		model.addAttribute("route", ROUTE);
		model.addAttribute("token", text.length() > MAX_TOKEN ? "" : text);
		model.addAttribute("inspection", inspect(text));
		tamperForm(model);
		return "inspector/inspector";
	}

	private Inspection inspect(String text) {
		if (text.length() > MAX_TOKEN) {
			return Inspection.failed(VerificationErrorCode.TOKEN_TOO_LARGE);
		}
		SdJwt sdJwt;
		try {
			sdJwt = SdJwtJson.parseEitherForm(text, ParseLimits.DEFAULT);
		} catch (MalformedCredentialException ex) {
			return Inspection.failed(ex.code());
		}
		// Only this app's issuers are asked for keys: a pasted iss never makes the app fetch elsewhere.
		IssuerKeyResolver appIssuers = (iss, kid) -> iss.startsWith("http") ? trust.key(iss, kid) : Optional.empty();
		VerificationPolicy policy = VerificationPolicy.resolving(appIssuers)
				.statusListFetcher(statusLists)
				.build();
		VerificationResult result = new SdJwtVerifier(policy).verify(text);
		boolean checked = result.errors().stream().noneMatch(error -> UNCHECKED.contains(error.code()));
		return Inspection.of(sdJwt, checked, checked ? result.errors() : List.of());
	}
}
