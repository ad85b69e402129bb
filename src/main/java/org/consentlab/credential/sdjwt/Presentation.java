package org.consentlab.credential.sdjwt;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.spec.VerificationErrorCode;

/**
 * The holder's side (RFC 9901 §7.2): check the disclosures received from the issuer, then choose
 * which to send. Choosing a claim brings the disclosures of its parents (without them the verifier
 * could not reach it) and of everything beneath it.
 */
public final class Presentation {

	private Presentation() {}

	/**
	 * The SD-JWT without key binding that reveals exactly the claims at {@code selection}; throws
	 * {@link MalformedCredentialException} when the credential's disclosures are unsound (§7.2 step 1).
	 */
	public static SdJwt select(SdJwt credential, Collection<ClaimPath> selection, int maxDepth) {
		HashAlgorithm alg = credential
				.hashAlgorithm()
				.orElseThrow(() ->
						new MalformedCredentialException(VerificationErrorCode.UNSUPPORTED_HASH_ALGORITHM, "_sd_alg"));
		ProcessedPayload processed =
				DisclosureProcessor.process(credential.payload(), credential.disclosures(), alg, maxDepth);
		if (!processed.isSound()) {
			throw new MalformedCredentialException(
					processed.errors().get(0).code(), processed.errors().get(0).detail());
		}
		List<Disclosure> chosen = new ArrayList<>();
		for (Disclosure disclosure : credential.disclosures()) {
			ClaimPath at = processed.paths().get(disclosure);
			if (selection.stream().anyMatch((path) -> path.overlaps(at))) {
				chosen.add(disclosure);
			}
		}
		return new SdJwt(credential.issuerSignedJwt(), chosen, null);
	}
}
