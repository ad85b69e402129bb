package org.consentlab.inspector;

import java.io.IOException;
import java.util.List;
import org.consentlab.account.Account;
import org.consentlab.account.CurrentAccount;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.sdjwt.ParseLimits;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.sdjwt.SdJwtJson;
import org.consentlab.verifier.Requests;
import org.consentlab.verifier.Transaction;
import org.consentlab.verifier.VerifierProfile;
import org.consentlab.verifier.VerifierTransactions;
import org.consentlab.verifier.Verifiers;
import org.consentlab.wallet.HolderKeys;
import org.consentlab.web.BadInputException;
import org.consentlab.web.Loopback;
import org.consentlab.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The inspector's attacks on the verifiers (lab L9). The learner picks one of their own accepted
 * presentations (or pastes one), a verifier and a tampering move; the inspector starts a fresh
 * request at that verifier and builds the tampered answer. The learner then sends it, and the
 * inspector posts it to the verifier's response URI as any wallet would
 * ({@code direct_post}, OpenID4VP 1.0 §8.2). The verifier's rejection log says what stopped it.
 */
@Controller
class AttackController {

	static final String ATTACKS = "/inspector/attacks";

	static final String TAMPER = "/inspector/attacks/tamper";

	private final CurrentAccount current;

	private final Verifiers verifiers;

	private final VerifierTransactions transactions;

	private final AttackLog attacks;

	private final Requests requests;

	private final HolderKeys holderKeys;

	private final Loopback loopback;

	private final AttackSources sources;

	AttackController(
			CurrentAccount current,
			Verifiers verifiers,
			VerifierTransactions transactions,
			AttackLog attacks,
			Requests requests,
			HolderKeys holderKeys,
			Loopback loopback,
			AttackSources sources) {
		this.current = current;
		this.sources = sources;
		this.verifiers = verifiers;
		this.transactions = transactions;
		this.attacks = attacks;
		this.requests = requests;
		this.holderKeys = holderKeys;
		this.loopback = loopback;
	}

	@GetMapping(ATTACKS)
	String list(Model model) {
		Account me = current.require();
		model.addAttribute("attempts", attacks.of(me.id()));
		model.addAttribute("sources", transactions.shown(me.id(), AttackSources.SOURCES));
		model.addAttribute("verifiers", verifiers.all());
		model.addAttribute("attacks", Attack.values());
		model.addAttribute("trustAttacks", TrustAttack.values());
		model.addAttribute("trustSides", TrustAttack.Side.values());
		return "inspector/attacks";
	}

	@PostMapping(TAMPER)
	String tamper(
			@RequestParam(name = "source", required = false) Long source,
			@RequestParam(name = "token", required = false) String token,
			@RequestParam(name = "target", required = false) String target,
			@RequestParam(name = "attack", required = false) String attackId,
			Model model) {
		Account me = current.require();
		Attack attack = Attack.byId(attackId).orElseThrow(() -> new BadInputException("attack", "attack.error.kind"));
		VerifierProfile profile = verifiers
				.find(target == null ? "" : target)
				.orElseThrow(() -> new BadInputException("target", "attack.error.target"));
		SdJwt presentation = sources.presentation(me, source, token);
		Transaction tx = requests.startForAttack(profile, me);
		String tampered = TamperPresentation.apply(
				attack,
				presentation,
				holderKeys.holderKey(me.id(), presentation.issuerSignedJwt().compact()),
				tx.nonce(),
				tx.clientId());
		model.addAttribute("attack", attack);
		model.addAttribute("verifier", profile);
		model.addAttribute("tx", tx);
		model.addAttribute("tampered", tampered);
		model.addAttribute("inspection", parts(tampered));
		return "inspector/tampered";
	}

	@PostMapping(ATTACKS)
	String submit(
			@RequestParam(name = "verifier", required = false) String verifierId,
			@RequestParam(name = "tx", required = false) Long txId,
			@RequestParam(name = "attack", required = false) String attackId,
			@RequestParam(name = "token", required = false) String token) {
		Account me = current.require();
		Attack attack = Attack.byId(attackId).orElseThrow(() -> new BadInputException("attack", "attack.error.kind"));
		if (token == null || token.isBlank() || token.length() > InspectorController.MAX_TOKEN) {
			throw new BadInputException("token", "attack.error.token");
		}
		Transaction tx = transactions
				.find(me.id(), verifierId == null ? "" : verifierId, txId == null ? -1 : txId)
				.filter(found -> found.status() == Transaction.Status.REQUESTED)
				.orElseThrow(() -> new NotFoundException("notfound.transaction", String.valueOf(txId)));
		attacks.record(me.id(), tx.id(), attack);
		try {
			loopback.post(
					requests.responseUri(tx),
					"application/x-www-form-urlencoded",
					requests.directPostBody(tx, token.strip()),
					null);
		} catch (IOException unreachable) {
			// the attempt stays in the log as a request without an answer
		}
		return "redirect:" + ATTACKS + "#attack-" + tx.id();
	}

	/** The tampered token's parts, without a verdict: the verifier gives that. */
	private static Inspection parts(String tampered) {
		try {
			return Inspection.of(SdJwtJson.parseEitherForm(tampered, ParseLimits.DEFAULT), false, List.of());
		} catch (MalformedCredentialException ex) {
			return Inspection.failed(ex.code());
		}
	}
}
