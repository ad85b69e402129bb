package org.consentlab.inspector;

import java.util.Locale;
import java.util.Optional;
import org.consentlab.credential.oid4vp.RequestObjectException;
import org.consentlab.verifier.RejectionCode;
import org.consentlab.verifier.TransactionError;

/**
 * The inspector's moves against the trust checks of lab L13: four on a verifier's signed request,
 * which the learner's wallet must refuse (OpenID4VP 1.0 §5.9.3, checked in the order of
 * {@link RequestObjectException.Failure}), and two on the encrypted answer, which the verifier must
 * refuse (§8.3, §8.3.1). Each names the one check that stops it. Explanations in
 * {@code i18n/wallet.properties} under {@code trust-attack.<id>}.
 */
public enum TrustAttack {

	/** The request object's signature removed and {@code alg} set to {@code none}. */
	STRIPPED_SIGNATURE(RequestObjectException.Failure.NOT_SIGNED),
	/** Another verifier's certificate chain in {@code x5c}: its leaf does not hash to the {@code x509_hash}. */
	SWAPPED_X5C(RequestObjectException.Failure.CLIENT_ID_MISMATCH),
	/** Signed again with a chain from a root the attacker made, {@code client_id} changed to match its leaf. */
	FOREIGN_ROOT(RequestObjectException.Failure.UNTRUSTED_CERTIFICATE),
	/** The client identifier's prefix downgraded to {@code redirect_uri:}, which needs no certificate. */
	PREFIX_DOWNGRADE(RequestObjectException.Failure.PREFIX_NOT_ACCEPTED),
	/** The answer to a signed request sent as a plain {@code direct_post}, readable on the way. */
	RESPONSE_MODE_DOWNGRADE(TransactionError.RESPONSE_NOT_ENCRYPTED),
	/** The answer encrypted to a key of the attacker's, under the {@code kid} of the request's key. */
	WRONG_KEY(TransactionError.RESPONSE_NOT_DECRYPTABLE);

	/** Which side runs the check that stops the move. */
	public enum Side {
		/** The learner's wallet, before any consent screen. */
		WALLET,
		/** The verifier, before it reads any presentation. */
		VERIFIER
	}

	private final RequestObjectException.Failure walletCheck;

	private final RejectionCode verifierCheck;

	TrustAttack(RequestObjectException.Failure walletCheck) {
		this.walletCheck = walletCheck;
		this.verifierCheck = null;
	}

	TrustAttack(RejectionCode verifierCheck) {
		this.walletCheck = null;
		this.verifierCheck = verifierCheck;
	}

	public Side side() {
		return walletCheck != null ? Side.WALLET : Side.VERIFIER;
	}

	/** The wallet's check that refuses this move; empty for a move the verifier stops. */
	public Optional<RequestObjectException.Failure> walletCheck() {
		return Optional.ofNullable(walletCheck);
	}

	/** The verifier's check that refuses this move; empty for a move the wallet stops. */
	public Optional<RejectionCode> verifierCheck() {
		return Optional.ofNullable(verifierCheck);
	}

	/** The stable name of the check that stops it, as the refusal page or the rejection log shows it. */
	public String code() {
		return walletCheck != null ? walletCheck.name() : verifierCheck.name();
	}

	/** Where the rule that check enforces is written. */
	public String section() {
		return walletCheck != null ? walletCheck.section() : verifierCheck.specSection();
	}

	/** The id a learner reads on the button: {@code stripped-signature}, {@code wrong-key} ... */
	public String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public String messageKey() {
		return "trust-attack." + id();
	}

	public static Optional<TrustAttack> byId(String id) {
		if (id == null) {
			return Optional.empty();
		}
		String normal = id.strip().toLowerCase(Locale.ROOT).replace('_', '-');
		for (TrustAttack attack : values()) {
			if (attack.id().equals(normal)) {
				return Optional.of(attack);
			}
		}
		return Optional.empty();
	}
}
