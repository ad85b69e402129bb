package org.consentlab.inspector;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import org.consentlab.account.Account;
import org.consentlab.account.CurrentAccount;
import org.consentlab.credential.oid4vp.AuthorizationResponse;
import org.consentlab.credential.oid4vp.ClientMetadata;
import org.consentlab.credential.oid4vp.EncryptedResponse;
import org.consentlab.credential.oid4vp.Oid4vp;
import org.consentlab.credential.oid4vp.RequestObject;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.verifier.Requests;
import org.consentlab.verifier.Transaction;
import org.consentlab.verifier.VerifierProfile;
import org.consentlab.verifier.VerifierTransactions;
import org.consentlab.verifier.Verifiers;
import org.consentlab.wallet.HolderKeys;
import org.consentlab.wallet.WalletRoutes;
import org.consentlab.web.BadInputException;
import org.consentlab.web.Loopback;
import org.consentlab.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The inspector's moves against the trust checks (lab L13). A move on the request starts a signed
 * request at the chosen verifier, fetches its request object from its {@code request_uri} as any wallet would
 * (OpenID4VP 1.0 §5.10), tampers with it, and hands the learner a form that opens it in their own
 * wallet, whose refusal page names the check. A move on the answer starts a request too, answers it
 * with one of the learner's presentations, bound afresh to that request, but unencrypted or to the
 * wrong key (§8.3, §8.3.1), posts it to the verifier's response URI, and shows what the verifier
 * logged.
 */
@Controller
class TrustAttackController {

	static final String TRUST = "/inspector/attacks/trust";

	static final String RESULT = "/inspector/attacks/trust/{tx}";

	private final CurrentAccount current;

	private final Verifiers verifiers;

	private final VerifierTransactions transactions;

	private final Requests requests;

	private final HolderKeys holderKeys;

	private final Loopback loopback;

	private final AttackSources sources;

	TrustAttackController(
			CurrentAccount current,
			Verifiers verifiers,
			VerifierTransactions transactions,
			Requests requests,
			HolderKeys holderKeys,
			Loopback loopback,
			AttackSources sources) {
		this.current = current;
		this.verifiers = verifiers;
		this.transactions = transactions;
		this.requests = requests;
		this.holderKeys = holderKeys;
		this.loopback = loopback;
		this.sources = sources;
	}

	@PostMapping(TRUST)
	String move(
			@RequestParam(name = "target", required = false) String target,
			@RequestParam(name = "move", required = false) String moveId,
			@RequestParam(name = "source", required = false) Long source,
			@RequestParam(name = "token", required = false) String token,
			Model model) {
		Account me = current.require();
		TrustAttack move =
				TrustAttack.byId(moveId).orElseThrow(() -> new BadInputException("move", "attack.error.kind"));
		VerifierProfile profile = verifiers
				.find(target == null ? "" : target)
				.orElseThrow(() -> new BadInputException("target", "attack.error.target"));
		if (move.side() == TrustAttack.Side.VERIFIER) {
			SdJwt presentation = sources.presentation(me, source, token);
			Transaction tx = requests.start(profile, me.id());
			send(move, tx, presentation, me);
			return "redirect:" + TRUST + "/" + tx.id() + "?move=" + move.id();
		}
		Transaction tx = requests.start(profile, me.id());
		TamperRequest.Tampered tampered = TamperRequest.apply(
				move, fetch(tx), requests.accessChain(other(profile).id()), requests.responseUri(tx));
		model.addAttribute("move", move);
		model.addAttribute("verifier", profile);
		model.addAttribute("tx", tx);
		model.addAttribute("tampered", tampered);
		model.addAttribute("parts", RequestParts.of(tampered.requestObject()));
		model.addAttribute("wallet", WalletRoutes.REQUESTS);
		model.addAttribute("clientIdField", Oid4vp.CLIENT_ID);
		model.addAttribute("requestField", Oid4vp.REQUEST);
		return "inspector/trust-request";
	}

	@GetMapping(RESULT)
	String result(@PathVariable long tx, @RequestParam(name = "move", required = false) String moveId, Model model) {
		Account me = current.require();
		TrustAttack move =
				TrustAttack.byId(moveId).orElseThrow(() -> new BadInputException("move", "attack.error.kind"));
		VerifierTransactions.Outcome outcome = transactions
				.outcome(me.id(), tx)
				.orElseThrow(() -> new NotFoundException("notfound.transaction", String.valueOf(tx)));
		model.addAttribute("move", move);
		model.addAttribute("outcome", outcome);
		model.addAttribute(
				"verifier", verifiers.find(outcome.transaction().verifierId()).orElseThrow());
		return "inspector/trust-result";
	}

	/** The request object as the verifier serves it to any wallet, fetched from its request URI. */
	private String fetch(Transaction tx) {
		try {
			Loopback.Response response = loopback.get(requests.requestUri(tx));
			if (response.status() != 200) {
				throw new IllegalStateException("the verifier did not serve its request: " + response.status());
			}
			return response.body();
		} catch (IOException ex) {
			throw new IllegalStateException("the verifier's request URI is unreachable", ex);
		}
	}

	/** Another verifier, whose real certificate chain the swapped-x5c move borrows. */
	private VerifierProfile other(VerifierProfile profile) {
		return verifiers.all().stream()
				.filter(each -> !each.id().equals(profile.id()))
				.findFirst()
				.orElseThrow();
	}

	/** Answers {@code tx} with {@code presentation}, travelling as {@code move} says, and posts it. */
	private void send(TrustAttack move, Transaction tx, SdJwt presentation, Account me) {
		String bound = TamperPresentation.rebind(
				presentation,
				holderKeys.holderKey(me.id(), presentation.issuerSignedJwt().compact()),
				tx.nonce(),
				tx.clientId());
		AuthorizationResponse answer = requests.answer(tx, bound);
		String body = move == TrustAttack.RESPONSE_MODE_DOWNGRADE
				? answer.toForm()
				: Oid4vp.RESPONSE + "="
						+ EncryptedResponse.encrypt(RequestObject.responsePayload(answer), wrongKey(tx));
		try {
			loopback.post(requests.responseUri(tx), "application/x-www-form-urlencoded", body, null);
		} catch (IOException unreachable) {
			// the transaction stays requested; its page says no answer arrived
		}
	}

	/** A key of the attacker's under the {@code kid} of the request's own key, so the verifier finds the transaction. */
	private ClientMetadata wrongKey(Transaction tx) {
		ClientMetadata real = requests.responseEncryption(tx).orElseThrow();
		try {
			ECKey own = new ECKeyGenerator(Curve.P_256)
					.keyID(real.encryptionKey().getKeyID())
					.keyUse(KeyUse.ENCRYPTION)
					.algorithm(JWEAlgorithm.ECDH_ES)
					.generate();
			return new ClientMetadata(own.toPublicJWK(), real.encValues());
		} catch (JOSEException ex) {
			throw new IllegalStateException("P-256 key generation is always available", ex);
		}
	}
}
