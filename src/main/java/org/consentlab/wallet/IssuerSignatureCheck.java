package org.consentlab.wallet;

import com.nimbusds.jose.jwk.JWK;
import java.util.List;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.spec.SdJwtVc;
import org.consentlab.credential.vc.JwtVcIssuerMetadata;
import org.consentlab.credential.vc.MalformedIssuerMetadataException;
import org.consentlab.credential.verify.SdJwtVerifier;
import org.consentlab.credential.verify.VerificationPolicy;
import org.consentlab.credential.verify.VerificationResult;
import org.consentlab.web.Loopback;
import org.springframework.stereotype.Component;

/**
 * The holder's checks on a credential as it arrives (RFC 9901 §7.1 and §7.2, run by the holder):
 * the issuer's public key comes from its JWT VC Issuer Metadata (SD-JWT VC §4, the key named by the
 * JWS {@code kid}), then the signature, the digests of every disclosure, the SD-JWT VC claims and
 * the {@code vct} the issuer's metadata promised. A credential that fails is not stored.
 */
@Component
class IssuerSignatureCheck {

	/** Why the holder refused a credential, besides the credential core's own error codes. */
	enum Refusal {

		/** The issuer's metadata is missing, malformed or names another issuer. */
		ISSUER_METADATA_INVALID,

		/** No published key has the credential's {@code kid}: never the issuer's, or retired. */
		ISSUER_KEY_UNKNOWN,

		/** The credential's {@code iss} is not the issuer the offer came from. */
		ISSUER_MISMATCH,

		/** The credential's {@code vct} is not the one the issuer's metadata announced. */
		VCT_MISMATCH
	}

	private final Loopback loopback;

	IssuerSignatureCheck(Loopback loopback) {
		this.loopback = loopback;
	}

	/** The reasons to refuse {@code credential} from {@code issuer}; empty when it checks out. Fetches the keys now. */
	List<String> check(String issuer, String expectedVct, SdJwt credential) {
		return check(new ProtocolClient(loopback), issuer, expectedVct, credential);
	}

	List<String> check(ProtocolClient client, String issuer, String expectedVct, SdJwt credential) {
		if (!issuer.equals(credential.payload().get(SdJwtVc.ISS))) {
			return List.of(Refusal.ISSUER_MISMATCH.name());
		}
		if (expectedVct != null && !expectedVct.equals(credential.payload().get(SdJwtVc.VCT))) {
			return List.of(Refusal.VCT_MISMATCH.name());
		}
		JwtVcIssuerMetadata metadata;
		try {
			metadata = client.get(
					Loopback.wellKnown(issuer, SdJwtVc.WELL_KNOWN_ISSUER_METADATA), JwtVcIssuerMetadata::parse);
		} catch (WalletException | MalformedIssuerMetadataException ex) {
			return List.of(Refusal.ISSUER_METADATA_INVALID.name());
		}
		if (!metadata.isFor(issuer)) {
			return List.of(Refusal.ISSUER_METADATA_INVALID.name());
		}
		JWK key = metadata.key(credential.issuerSignedJwt().header().getKeyID()).orElse(null);
		if (key == null) {
			return List.of(Refusal.ISSUER_KEY_UNKNOWN.name());
		}
		VerificationResult result = new SdJwtVerifier(
						VerificationPolicy.builder(key).requireKeyBinding(false).build())
				.verify(credential.serialize());
		return result.errors().stream()
				.map(error -> error.code().name())
				.distinct()
				.toList();
	}
}
