package org.consentlab.verifier;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.consentlab.credential.verify.VerificationPolicy;

/**
 * Lab L9's weakened verifier: for each learner, one verifier of the personal ID skips one check, and
 * the learner has to find which. Drawn from the learner's seed, so classmates hunt different ones.
 * It applies only where the lab needs it: to the transactions that the learner's attack tools start
 * at that one verifier ({@link Requests#startForAttack}), decided when each starts and kept with it;
 * the learner's wallet, and everyone else, meet a verifier that makes every check. Only checks whose
 * absence a holder can show with a forged presentation are switched off: key binding (RFC 9901
 * §7.3 step 4) and the request's nonce (§7.3 step 5; OpenID4VP 1.0 §14.1).
 *
 * @param verifierId the verifier that skips the check
 * @param check the check it skips
 */
public record SwitchedOffCheck(String verifierId, Check check) {

	/**
	 * The verifiers one of which is weakened: those that take the personal ID and that a learner has
	 * answered by lab L9 (the landlord, who over-asks, is one to decline in lab L8; the border is
	 * left for the scorecard of lab L12).
	 */
	public static final List<String> CANDIDATES = List.of("bar", "bank", "hotel", "sim");

	/** A check a verifier can leave out, with the code it answers when it makes the check. */
	public enum Check {

		/** A presentation without a key binding JWT is accepted. */
		KEY_BINDING(VerificationErrorCode.KEY_BINDING_MISSING),

		/** A key binding JWT with any nonce is accepted, an old request's too. */
		NONCE(VerificationErrorCode.NONCE_MISMATCH);

		private final VerificationErrorCode code;

		Check(VerificationErrorCode code) {
			this.code = code;
		}

		/** The code the verifier would have answered a forged presentation with, had it made the check. */
		public VerificationErrorCode code() {
			return code;
		}

		/** Leaves this check out of {@code policy}. */
		VerificationPolicy.Builder leaveOut(VerificationPolicy.Builder policy) {
			return switch (this) {
				case KEY_BINDING -> policy.requireKeyBinding(false);
				case NONCE -> policy.expectedNonce(null);
			};
		}
	}

	/** The learner's weakened verifier and its missing check. */
	public static SwitchedOffCheck of(long learnerSeed) {
		SplittableRandom random = new SplittableRandom(learnerSeed ^ 0x4C39_5357_4954_4348L);
		String verifier = CANDIDATES.get(random.nextInt(CANDIDATES.size()));
		return new SwitchedOffCheck(verifier, Check.values()[random.nextInt(Check.values().length)]);
	}

	/** The check {@code verifier} skips: this one's when it is the weakened verifier, else none. */
	Optional<Check> skippedAt(String verifier) {
		return verifierId.equals(verifier) ? Optional.of(check) : Optional.empty();
	}
}
