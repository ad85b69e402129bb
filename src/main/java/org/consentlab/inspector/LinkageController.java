package org.consentlab.inspector;

import org.consentlab.account.Account;
import org.consentlab.account.CurrentAccount;
import org.consentlab.verifier.VerifierProfile;
import org.consentlab.verifier.VerifierTransactions;
import org.consentlab.verifier.Verifiers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Lab L10's page: the provided pooled logs of two verifiers, drawn from the learner's seed, and
 * what the real verifiers of this app could link about the learner if they pooled their own logs.
 */
@Controller
class LinkageController {

	static final String ROUTE = "/verifiers/pooled";

	private final CurrentAccount current;

	private final VerifierTransactions transactions;

	private final Verifiers verifiers;

	LinkageController(CurrentAccount current, VerifierTransactions transactions, Verifiers verifiers) {
		this.current = current;
		this.transactions = transactions;
		this.verifiers = verifiers;
	}

	@GetMapping(ROUTE)
	String page(Model model) {
		Account me = current.require();
		model.addAttribute("dataset", PooledDataset.of(me.seed()));
		model.addAttribute(
				"pairs",
				Linkage.pairs(
						transactions.shown(me.id(), Linkage.RECENT),
						id -> verifiers.find(id).map(VerifierProfile::vct).orElse(id)));
		return "inspector/pooled";
	}
}
