package org.consentlab.credential.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.jose.Signatures;
import org.consentlab.credential.sdjwt.DisclosureProcessor;
import org.consentlab.credential.sdjwt.HashAlgorithm;
import org.consentlab.credential.sdjwt.ProcessedPayload;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.sdjwt.SdJwtJson;
import org.consentlab.credential.spec.Rfc9901;
import org.consentlab.credential.spec.VerificationError;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.consentlab.credential.vc.SdJwtVcChecks;

/**
 * Verifies an SD-JWT or SD-JWT+KB presentation as RFC 9901 §7.1 and §7.3 say, plus the SD-JWT VC
 * rules when the policy asks for them. Any input, however hostile, ends in a
 * {@link VerificationResult}: never an exception. Thread-safe; make one per policy and reuse it.
 */
public final class SdJwtVerifier {

	private final VerificationPolicy policy;

	private final JWSAlgorithm issuerAlgorithm;

	private final JWSVerifier issuerVerifier;

	public SdJwtVerifier(VerificationPolicy policy) {
		this.policy = policy;
		this.issuerAlgorithm = Signatures.algorithmFor(policy.issuerKey());
		this.issuerVerifier = Signatures.verifier(policy.issuerKey(), policy.provider());
	}

	/**
	 * Verifies one presentation in compact serialization or, when it opens with a left brace, in the
	 * JWS JSON Serialization (RFC 9901 §8.4): the same checks, the disclosures taken from the
	 * unprotected header, {@code sd_hash} over the compact form of the first signature.
	 */
	public VerificationResult verify(String presentation) {
		try {
			SdJwt sdJwt = SdJwtJson.looksLikeJson(presentation)
					? SdJwtJson.parse(presentation, this.policy.limits()).sdJwt()
					: SdJwt.parse(presentation, this.policy.limits());
			return verifyParsed(sdJwt);
		}
		catch (MalformedCredentialException ex) {
			return new VerificationResult.Rejected(List.of(ex.error()));
		}
	}

	private VerificationResult verifyParsed(SdJwt sdJwt) {
		VerificationError signature = Signatures.check(sdJwt.issuerSignedJwt(), this.issuerAlgorithm,
				this.issuerVerifier, VerificationErrorCode.SIGNATURE_INVALID);
		if (signature != null) {
			// Nothing else in an unauthenticated token is worth reporting (RFC 9901 §7.1 step 2).
			return new VerificationResult.Rejected(List.of(signature));
		}
		Optional<HashAlgorithm> alg = sdJwt.hashAlgorithm();
		if (alg.isEmpty()) {
			return new VerificationResult.Rejected(List.of(new VerificationError(
					VerificationErrorCode.UNSUPPORTED_HASH_ALGORITHM, String.valueOf(sdJwt.payload().get(Rfc9901.SD_ALG)))));
		}
		ProcessedPayload processed = DisclosureProcessor.process(sdJwt.payload(), sdJwt.disclosures(), alg.get(),
				this.policy.limits().maxJsonDepth());
		List<VerificationError> errors = checkAfterProcessing(sdJwt, processed, alg.get());
		if (!errors.isEmpty()) {
			return new VerificationResult.Rejected(errors);
		}
		return new VerificationResult.Verified(processed.claims(), new ArrayList<>(processed.paths().values()));
	}

	/** The typ, the disclosures (§7.1 steps 3–5), SD-JWT VC claims, key binding (§7.3) and status. */
	private List<VerificationError> checkAfterProcessing(SdJwt sdJwt, ProcessedPayload processed, HashAlgorithm alg) {
		List<VerificationError> errors = new ArrayList<>();
		addIfPresent(errors, SdJwtVcChecks.checkType(sdJwt.issuerSignedJwt().type(), this.policy.acceptedTypes(),
				this.policy.allowLegacyType()));
		errors.addAll(processed.errors());
		if (this.policy.sdJwtVc()) {
			errors.addAll(SdJwtVcChecks.checkClaims(processed.claims(), this.policy.clock().instant(),
					this.policy.clockSkew().getSeconds()));
		}
		errors.addAll(KeyBindingChecks.check(sdJwt, alg, this.policy));
		if (errors.isEmpty()) {
			// Only a credential that is otherwise acceptable is worth a request to the status list.
			errors.addAll(StatusCheck.check(processed.claims(), this.policy, this.issuerAlgorithm, this.issuerVerifier));
		}
		return errors;
	}

	private static void addIfPresent(List<VerificationError> errors, VerificationError error) {
		if (error != null) {
			errors.add(error);
		}
	}

}
