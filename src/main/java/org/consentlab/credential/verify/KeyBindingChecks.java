package org.consentlab.credential.verify;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jwk.JWK;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.jose.Signatures;
import org.consentlab.credential.sdjwt.HashAlgorithm;
import org.consentlab.credential.sdjwt.KeyBindingJwt;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.spec.Rfc9901;
import org.consentlab.credential.spec.VerificationError;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.consentlab.credential.vc.SdJwtVcChecks;

/**
 * The key binding checks of RFC 9901 §7.3 steps 4 and 5: a KB-JWT present when required, the
 * credential binding a key ({@code cnf.jwk}), {@code typ: kb+jwt}, a signature by that key,
 * {@code iat} in the accepted window, the expected {@code nonce} and {@code aud}, and
 * {@code sd_hash} equal to the digest of the presentation.
 */
final class KeyBindingChecks {

	private final VerificationPolicy policy;

	private final List<VerificationError> errors = new ArrayList<>();

	private KeyBindingChecks(VerificationPolicy policy) {
		this.policy = policy;
	}

	static List<VerificationError> check(SdJwt sdJwt, HashAlgorithm alg, VerificationPolicy policy) {
		KeyBindingChecks checks = new KeyBindingChecks(policy);
		if (sdJwt.keyBindingJwt() == null) {
			if (policy.requireKeyBinding()) {
				checks.error(VerificationErrorCode.KEY_BINDING_MISSING, "");
			}
			return checks.errors;
		}
		try {
			checks.checkKeyBinding(sdJwt, sdJwt.keyBindingJwt(), alg);
		} catch (MalformedCredentialException ex) {
			checks.errors.add(ex.error());
		}
		return checks.errors;
	}

	private void checkKeyBinding(SdJwt sdJwt, KeyBindingJwt kb, HashAlgorithm alg) {
		JWK holderKey = sdJwt.confirmationKey().orElse(null);
		if (holderKey == null) {
			error(VerificationErrorCode.KEY_BINDING_WITHOUT_CNF, "");
			return;
		}
		if (!Rfc9901.KB_JWT_TYPE.equals(kb.jws().type())) {
			error(
					VerificationErrorCode.KB_JWT_TYPE_INVALID,
					String.valueOf(kb.jws().type()));
		}
		checkSignature(kb, holderKey);
		checkIssuedAt(kb);
		expect(kb.claim(Rfc9901.NONCE), this.policy.expectedNonce(), VerificationErrorCode.NONCE_MISMATCH);
		expect(kb.claim(Rfc9901.AUD), this.policy.expectedAudience(), VerificationErrorCode.AUDIENCE_MISMATCH);
		String sdHash = alg.digest(sdJwt.serializeWithoutKeyBinding());
		expect(kb.claim(Rfc9901.SD_HASH), sdHash, VerificationErrorCode.SD_HASH_MISMATCH);
	}

	private void checkSignature(KeyBindingJwt kb, JWK holderKey) {
		JWSVerifier verifier;
		JWSAlgorithm expected;
		try {
			expected = Signatures.algorithmFor(holderKey);
			verifier = Signatures.verifier(holderKey, this.policy.provider());
		} catch (IllegalArgumentException ex) {
			error(VerificationErrorCode.CNF_INVALID, "cnf.jwk is not a usable public key");
			return;
		}
		VerificationError error =
				Signatures.check(kb.jws(), expected, verifier, VerificationErrorCode.KB_JWT_SIGNATURE_INVALID);
		if (error != null) {
			this.errors.add(error);
		}
	}

	private void checkIssuedAt(KeyBindingJwt kb) {
		Long iat = SdJwtVcChecks.seconds(kb.jws().claims(), Rfc9901.IAT);
		long now = this.policy.clock().instant().getEpochSecond();
		long skew = this.policy.clockSkew().getSeconds();
		if (iat == null
				|| iat > now + skew
				|| iat < now - this.policy.keyBindingMaxAge().getSeconds() - skew) {
			error(VerificationErrorCode.KB_JWT_IAT_INVALID, String.valueOf(iat));
		}
	}

	/** A claim must be present as a string, and equal {@code expected} when one is given. */
	private void expect(Object actual, String expected, VerificationErrorCode code) {
		if (!(actual instanceof String) || (expected != null && !Objects.equals(expected, actual))) {
			error(code, String.valueOf(actual));
		}
	}

	private void error(VerificationErrorCode code, String detail) {
		this.errors.add(new VerificationError(code, detail));
	}
}
