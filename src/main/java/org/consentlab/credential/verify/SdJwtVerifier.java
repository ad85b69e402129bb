package org.consentlab.credential.verify;

import com.nimbusds.jose.jwk.JWK;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.jose.Signatures;
import org.consentlab.credential.sdjwt.DisclosureProcessor;
import org.consentlab.credential.sdjwt.HashAlgorithm;
import org.consentlab.credential.sdjwt.ProcessedPayload;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.sdjwt.SdJwtJson;
import org.consentlab.credential.spec.Rfc9901;
import org.consentlab.credential.spec.SdJwtVc;
import org.consentlab.credential.spec.VerificationError;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.consentlab.credential.vc.SdJwtVcChecks;

/**
 * Verifies an SD-JWT or SD-JWT+KB presentation as RFC 9901 §7.1 and §7.3 say, plus the SD-JWT VC
 * rules when the policy asks for them. The issuer key is the policy's own, or is found from the
 * token's {@code iss} and {@code kid} through the policy's {@link IssuerKeyResolver}, so a caller
 * hands over the raw presentation once. Any input, however hostile, ends in a
 * {@link VerificationResult}: never an exception. Thread-safe; make one per policy and reuse it.
 */
public final class SdJwtVerifier {

	private final VerificationPolicy policy;

	/** The policy's fixed key, ready to use; null when keys are resolved per token. */
	private final IssuerKey fixedKey;

	public SdJwtVerifier(VerificationPolicy policy) {
		this.policy = policy;
		this.fixedKey = (policy.issuerKey() != null)
				? IssuerKey.of(policy.issuerKey(), policy.provider(), policy.issuerKeys())
				: null;
	}

	/**
	 * Verifies one presentation in compact serialization or, when it opens with a left brace, in the
	 * JWS JSON Serialization (RFC 9901 §8.4): the same checks, the disclosures taken from the
	 * unprotected header, {@code sd_hash} over the compact form of the first signature.
	 */
	public VerificationResult verify(String presentation) {
		try {
			SdJwt sdJwt = SdJwtJson.parseEitherForm(presentation, this.policy.limits());
			IssuerKey key = (this.fixedKey != null) ? this.fixedKey : resolve(sdJwt);
			return verifyParsed(sdJwt, key);
		} catch (MalformedCredentialException ex) {
			return new VerificationResult.Rejected(List.of(ex.error()));
		}
	}

	/**
	 * The key of the issuer named in the (not yet authenticated) {@code iss}, if the policy trusts
	 * that issuer: the signature check then authenticates both (RFC 9901 §7.1 step 2).
	 */
	private IssuerKey resolve(SdJwt sdJwt) {
		if (!(sdJwt.payload().get(SdJwtVc.ISS) instanceof String iss)) {
			throw new MalformedCredentialException(VerificationErrorCode.ISS_MISSING, "");
		}
		if (this.policy.trustedIssuers() != null
				&& !this.policy.trustedIssuers().contains(iss)) {
			throw new MalformedCredentialException(VerificationErrorCode.UNTRUSTED_ISSUER, iss);
		}
		IssuerKeyResolver resolver = this.policy.issuerKeyResolver();
		JWK jwk = resolver.key(iss, sdJwt.issuerSignedJwt().header().getKeyID())
				.orElseThrow(() -> new MalformedCredentialException(VerificationErrorCode.ISSUER_KEY_UNAVAILABLE, iss));
		try {
			return IssuerKey.of(jwk, this.policy.provider(), (kid) -> resolver.key(iss, kid));
		} catch (IllegalArgumentException ex) {
			throw new MalformedCredentialException(
					VerificationErrorCode.ISSUER_KEY_UNAVAILABLE, "not a usable public key: " + jwk.getKeyType());
		}
	}

	private VerificationResult verifyParsed(SdJwt sdJwt, IssuerKey key) {
		VerificationError signature = Signatures.check(
				sdJwt.issuerSignedJwt(), key.algorithm(), key.verifier(), VerificationErrorCode.SIGNATURE_INVALID);
		if (signature != null) {
			// Nothing else in an unauthenticated token is worth reporting (RFC 9901 §7.1 step 2).
			return new VerificationResult.Rejected(List.of(signature));
		}
		Optional<HashAlgorithm> alg = sdJwt.hashAlgorithm();
		if (alg.isEmpty()) {
			return new VerificationResult.Rejected(List.of(new VerificationError(
					VerificationErrorCode.UNSUPPORTED_HASH_ALGORITHM,
					String.valueOf(sdJwt.payload().get(Rfc9901.SD_ALG)))));
		}
		ProcessedPayload processed = DisclosureProcessor.process(
				sdJwt.payload(),
				sdJwt.disclosures(),
				alg.get(),
				this.policy.limits().maxJsonDepth());
		List<VerificationError> errors = checkAfterProcessing(sdJwt, processed, alg.get(), key);
		if (!errors.isEmpty()) {
			return new VerificationResult.Rejected(errors);
		}
		return new VerificationResult.Verified(
				processed.claims(), new ArrayList<>(processed.paths().values()), sdJwt);
	}

	/** The typ, the disclosures (§7.1 steps 3–5), SD-JWT VC claims, key binding (§7.3) and status. */
	private List<VerificationError> checkAfterProcessing(
			SdJwt sdJwt, ProcessedPayload processed, HashAlgorithm alg, IssuerKey key) {
		List<VerificationError> errors = new ArrayList<>();
		addIfPresent(
				errors,
				SdJwtVcChecks.checkType(
						sdJwt.issuerSignedJwt().type(), this.policy.acceptedTypes(), this.policy.allowLegacyType()));
		errors.addAll(processed.errors());
		if (this.policy.sdJwtVc()) {
			errors.addAll(SdJwtVcChecks.checkClaims(
					processed.claims(),
					this.policy.clock().instant(),
					this.policy.clockSkew().getSeconds()));
		}
		errors.addAll(KeyBindingChecks.check(sdJwt, alg, this.policy));
		if (errors.isEmpty()) {
			// Only a credential that is otherwise acceptable is worth a request to the status list.
			errors.addAll(StatusCheck.check(processed.claims(), this.policy, key));
		}
		return errors;
	}

	private static void addIfPresent(List<VerificationError> errors, VerificationError error) {
		if (error != null) {
			errors.add(error);
		}
	}
}
