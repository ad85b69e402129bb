package org.consentlab.inspector;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.consentlab.credential.spec.VerificationErrorCode;

/**
 * The inspector's tampering moves (lab L9), each aimed at one check a verifier makes, with the
 * error codes that stop it. Explanations in {@code i18n/wallet.properties} under
 * {@code attack.<id>}.
 */
public enum Attack {

	/** A disclosure's value changed: its digest is no longer in the signed {@code _sd} (RFC 9901 §7.1 step 5). */
	CHANGE_VALUE(List.of(VerificationErrorCode.UNREFERENCED_DISCLOSURE)),
	/** A disclosure the issuer never made: its digest is nowhere in the payload (§7.1 step 5). */
	FORGED_DISCLOSURE(List.of(VerificationErrorCode.UNREFERENCED_DISCLOSURE)),
	/** The issuer's signature removed and {@code alg} set to {@code none} (§9.1, §7.1 step 2). */
	ALG_NONE(List.of(VerificationErrorCode.UNSUPPORTED_ALGORITHM)),
	/** The issuer-signed JWT signed again with a key of one's own, under the issuer's kid (§7.1 step 2). */
	OWN_KEY(List.of(VerificationErrorCode.SIGNATURE_INVALID)),
	/** An accepted presentation sent as it is to another verifier (§7.3 step 5: aud, OpenID4VP 1.0 §14.1). */
	REPLAY_OTHER_VERIFIER(List.of(VerificationErrorCode.AUDIENCE_MISMATCH, VerificationErrorCode.NONCE_MISMATCH)),
	/** A key binding JWT signed again for this verifier, with the nonce of an earlier request (§7.3 step 5). */
	OLD_NONCE(List.of(VerificationErrorCode.NONCE_MISMATCH)),
	/** The key binding JWT left off, so anyone holding a copy could show it (§7.3 step 4). */
	DROP_KEY_BINDING(List.of(VerificationErrorCode.KEY_BINDING_MISSING));

	private final List<VerificationErrorCode> stoppedBy;

	Attack(List<VerificationErrorCode> stoppedBy) {
		this.stoppedBy = stoppedBy;
	}

	/** The codes a verifier answers this attack with; the first is the check aimed at. */
	public List<VerificationErrorCode> stoppedBy() {
		return stoppedBy;
	}

	/** The id a learner types: {@code change-value}, {@code alg-none} ... */
	public String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public String messageKey() {
		return "attack." + id();
	}

	public static Optional<Attack> byId(String id) {
		if (id == null) {
			return Optional.empty();
		}
		String normal = id.strip().toLowerCase(Locale.ROOT).replace('_', '-');
		for (Attack attack : values()) {
			if (attack.id().equals(normal)) {
				return Optional.of(attack);
			}
		}
		return Optional.empty();
	}
}
