package org.consentlab.credential.verify;

import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.jose.Signatures;
import org.consentlab.credential.spec.SdJwtVc;
import org.consentlab.credential.spec.VerificationError;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.consentlab.credential.status.Status;
import org.consentlab.credential.status.StatusListFetcher;
import org.consentlab.credential.status.StatusListToken;
import org.consentlab.credential.status.StatusReference;

/**
 * Looks up a credential's status (Token Status List §8): fetch the Status List Token named by the
 * reference, check it is signed by the credential's issuer (once per fetched token, when the fetcher
 * keeps tokens), is for that URI and has not expired, then read the status at {@code idx}. INVALID is {@code REVOKED}, SUSPENDED is {@code SUSPENDED}.
 */
final class StatusCheck {

	private StatusCheck() {}

	static List<VerificationError> check(Map<String, Object> claims, VerificationPolicy policy, IssuerKey issuerKey) {
		if (policy.statusListFetcher() == null || !claims.containsKey(SdJwtVc.STATUS)) {
			return List.of();
		}
		try {
			StatusReference reference = StatusReference.fromStatusClaim(claims.get(SdJwtVc.STATUS));
			StatusListFetcher lists = policy.statusListFetcher();
			StatusListToken token = lists.fetch(reference.uri());
			VerificationError signature = signature(reference.uri(), token, lists, policy, issuerKey);
			if (signature != null) {
				return List.of(signature);
			}
			return checkStatus(token, reference, policy);
		} catch (IOException ex) {
			return List.of(new VerificationError(
					VerificationErrorCode.STATUS_LIST_UNAVAILABLE, ex.getClass().getName()));
		} catch (MalformedCredentialException ex) {
			return List.of(ex.error());
		}
	}

	/**
	 * The list must be the issuer's: signed by the credential's own key, or by another key the
	 * issuer publishes (after a key rotation), found by the list's {@code kid}. A list the fetcher
	 * keeps is checked once with each key: later presentations read the same verified token.
	 */
	private static VerificationError signature(
			String uri,
			StatusListToken token,
			StatusListFetcher lists,
			VerificationPolicy policy,
			IssuerKey issuerKey) {
		String kid = token.jws().header().getKeyID();
		boolean ownKey = issuerKey.others() == null
				|| kid == null
				|| kid.equals(issuerKey.jwk().getKeyID());
		Optional<JWK> key = ownKey ? Optional.of(issuerKey.jwk()) : issuerKey.byKeyId(kid);
		if (key.isEmpty()) {
			return new VerificationError(
					VerificationErrorCode.STATUS_LIST_INVALID, "signed by a key the issuer does not publish");
		}
		if (lists.knownSignedBy(uri, token, key.get())) {
			return null;
		}
		VerificationError error;
		try {
			error = ownKey
					? Signatures.check(
							token.jws(),
							issuerKey.algorithm(),
							issuerKey.verifier(),
							VerificationErrorCode.STATUS_LIST_INVALID)
					: Signatures.check(
							token.jws(),
							Signatures.algorithmFor(key.get()),
							Signatures.verifier(key.get(), policy.provider()),
							VerificationErrorCode.STATUS_LIST_INVALID);
		} catch (IllegalArgumentException ex) {
			return new VerificationError(
					VerificationErrorCode.STATUS_LIST_INVALID, "signed by a key that is not usable");
		}
		if (error == null) {
			lists.foundSignedBy(uri, token, key.get());
		}
		return error;
	}

	private static List<VerificationError> checkStatus(
			StatusListToken token, StatusReference reference, VerificationPolicy policy) {
		if (!token.subject().equals(reference.uri())) {
			return List.of(new VerificationError(VerificationErrorCode.STATUS_LIST_INVALID, "sub is not the uri"));
		}
		if (token.expiresAt() != null
				&& token.expiresAt()
						.plus(policy.clockSkew())
						.isBefore(policy.clock().instant())) {
			return List.of(new VerificationError(VerificationErrorCode.STATUS_LIST_INVALID, "expired"));
		}
		if (reference.idx() >= token.statusList().size()) {
			return List.of(
					new VerificationError(VerificationErrorCode.STATUS_INDEX_OUT_OF_RANGE, "" + reference.idx()));
		}
		Status status =
				Status.fromValue(token.statusList().get(reference.idx())).orElse(Status.VALID);
		if (status == Status.INVALID) {
			return List.of(VerificationError.of(VerificationErrorCode.REVOKED));
		}
		if (status == Status.SUSPENDED) {
			return List.of(VerificationError.of(VerificationErrorCode.SUSPENDED));
		}
		return List.of();
	}
}
