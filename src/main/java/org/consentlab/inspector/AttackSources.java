package org.consentlab.inspector;

import org.consentlab.account.Account;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.sdjwt.ParseLimits;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.sdjwt.SdJwtJson;
import org.consentlab.verifier.VerifierTransactions;
import org.consentlab.web.BadInputException;
import org.springframework.stereotype.Component;

/**
 * The presentation an attack starts from: one of the learner's own recent accepted presentations,
 * never another learner's, or one they paste (bounded, and it must parse).
 */
@Component
class AttackSources {

	/** How many of the learner's recent presentations the inspector offers. */
	static final int SOURCES = 8;

	private final VerifierTransactions transactions;

	AttackSources(VerifierTransactions transactions) {
		this.transactions = transactions;
	}

	/** The learner's own accepted presentation {@code source}, else the pasted token. */
	SdJwt presentation(Account me, Long source, String token) {
		String text = null;
		if (source != null) {
			text = transactions.shown(me.id(), SOURCES).stream()
					.filter(shown -> shown.transactionId() == source)
					.map(VerifierTransactions.Shown::presentation)
					.findFirst()
					.orElseThrow(() -> new BadInputException("source", "attack.error.source"));
		} else if (token != null && !token.isBlank() && token.length() <= InspectorController.MAX_TOKEN) {
			text = token.strip();
		}
		if (text == null) {
			throw new BadInputException("source", "attack.error.source");
		}
		try {
			return SdJwtJson.parseEitherForm(text, ParseLimits.DEFAULT);
		} catch (MalformedCredentialException ex) {
			throw new BadInputException("token", "attack.error.token");
		}
	}
}
