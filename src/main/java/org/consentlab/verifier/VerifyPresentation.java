package org.consentlab.verifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.jwk.JWK;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.sdjwt.ClaimPath;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.spec.SdJwtVc;
import org.consentlab.credential.spec.VerificationError;
import org.consentlab.credential.verify.SdJwtVerifier;
import org.consentlab.credential.verify.VerificationPolicy;
import org.consentlab.credential.verify.VerificationResult;
import org.springframework.stereotype.Component;

/**
 * Checks one presentation for one transaction: the issuer is trusted and its key comes from its
 * metadata; the credential core runs every RFC 9901 and SD-JWT VC check with key binding required,
 * the KB-JWT's {@code aud} equal to the verifier's client id and its {@code nonce} to the one this
 * transaction issued (OpenID4VP 1.0 §B.3.6, §14.1), and the credential's status in the issuer's
 * cached status list; then the DCQL query must be satisfied.
 */
@Component
class VerifyPresentation {

	/**
	 * The verdict: the claims learned, the presentation they came in and its correlation handles, or
	 * the error codes (core codes or {@link TransactionError}s).
	 */
	record Verdict(Map<String, Object> claims, List<String> codes, String presentation, CorrelationHandles handles) {

		boolean verified() {
			return codes.isEmpty();
		}

	}

	private final IssuerTrust trust;

	private final StatusListClient statusLists;

	VerifyPresentation(IssuerTrust trust, StatusListClient statusLists) {
		this.trust = trust;
		this.statusLists = statusLists;
	}

	Verdict verify(VerifierProfile profile, Transaction tx, String presentation) {
		SdJwt parsed;
		try {
			parsed = SdJwt.parse(presentation);
		}
		catch (MalformedCredentialException ex) {
			return rejected(ex.code().name());
		}
		Object iss = parsed.payload().get(SdJwtVc.ISS);
		if (!(iss instanceof String) || !trust.trusts(profile, (String) iss)) {
			return rejected(TransactionError.UNTRUSTED_ISSUER.name());
		}
		Optional<JWK> key = trust.key((String) iss, parsed.issuerSignedJwt().header().getKeyID());
		if (key.isEmpty()) {
			return rejected(TransactionError.ISSUER_KEY_UNAVAILABLE.name());
		}
		VerificationPolicy policy = VerificationPolicy.builder(key.get())
			.requireKeyBinding(true)
			.expectedNonce(tx.nonce())
			.expectedAudience(tx.clientId())
			.statusListFetcher(statusLists)
			.issuerKeys(kid -> trust.key((String) iss, kid))
			.build();
		VerificationResult result = new SdJwtVerifier(policy).verify(presentation);
		if (!result.isVerified()) {
			List<String> codes = new ArrayList<>();
			result.errors().stream().map(VerificationError::code).map(Enum::name).distinct().forEach(codes::add);
			return new Verdict(Map.of(), codes, null, null);
		}
		VerificationResult.Verified verified = (VerificationResult.Verified) result;
		if (!profile.vct().equals(verified.claims().get(SdJwtVc.VCT)) || !hasRequired(profile, verified)) {
			return rejected(TransactionError.QUERY_NOT_SATISFIED.name());
		}
		return new Verdict(verified.claims(), List.of(), presentation, CorrelationHandles.of(parsed));
	}

	private static boolean hasRequired(VerifierProfile profile, VerificationResult.Verified verified) {
		return profile.required().stream().map(ClaimPath::of)
			.allMatch(path -> verified.disclosedPaths().stream().anyMatch(path::overlaps));
	}

	static Verdict rejected(String code) {
		return new Verdict(Map.of(), List.of(code), null, null);
	}
}
