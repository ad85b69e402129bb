package org.consentlab.credential.verify;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

import com.nimbusds.jose.jwk.JWK;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.sdjwt.ParseLimits;
import org.consentlab.credential.spec.SdJwtVc;
import org.consentlab.credential.status.StatusListFetcher;

/**
 * What a verifier requires (RFC 9901 §7.3, SD-JWT VC §3): the trusted issuer key, the accepted
 * {@code typ}s, whether SD-JWT VC rules apply, key binding with the expected nonce and audience,
 * the clock and its allowed skew, the parsing limits, and where Status List Tokens come from. Build one with {@link #builder(JWK)}.
 *
 * @param issuerKey the issuer's public key; the algorithm is taken from it (§7.1 step 2)
 * @param acceptedTypes the header {@code typ}s accepted (§9.11)
 * @param allowLegacyType whether {@code vc+sd-jwt} is accepted too (SD-JWT VC §3.2.1)
 * @param sdJwtVc whether the SD-JWT VC rules ({@code vct}, {@code iss}, validity) apply
 * @param requireKeyBinding whether a KB-JWT must be present (§7.3 step 4)
 * @param expectedNonce the nonce the KB-JWT must carry, or null to accept any
 * @param expectedAudience the {@code aud} the KB-JWT must carry, or null to accept any
 * @param keyBindingMaxAge how old a KB-JWT's {@code iat} may be (§7.3 step 5.3)
 * @param clockSkew the tolerance on every time comparison
 * @param clock the verifier's clock
 * @param limits bounds on the input's size, disclosures and JSON depth
 * @param provider the JCA provider for signature checks
 * @param statusListFetcher where Status List Tokens come from, or null to skip status checks
 * @param issuerKeys the issuer's other keys by {@code kid}, for a Status List Token signed by another
 *        key than the credential's; null to accept only the credential's key
 */
public record VerificationPolicy(JWK issuerKey, Set<String> acceptedTypes, boolean allowLegacyType, boolean sdJwtVc,
		boolean requireKeyBinding, String expectedNonce, String expectedAudience, Duration keyBindingMaxAge,
		Duration clockSkew, Clock clock, ParseLimits limits, CryptoProvider provider,
		StatusListFetcher statusListFetcher, IssuerKeys issuerKeys) {

	public VerificationPolicy {
		Objects.requireNonNull(issuerKey, "issuerKey");
		acceptedTypes = Set.copyOf(acceptedTypes);
		Objects.requireNonNull(keyBindingMaxAge, "keyBindingMaxAge");
		Objects.requireNonNull(clockSkew, "clockSkew");
		Objects.requireNonNull(clock, "clock");
		Objects.requireNonNull(limits, "limits");
		Objects.requireNonNull(provider, "provider");
	}

	/** An SD-JWT VC policy trusting {@code issuerKey}: {@code dc+sd-jwt}, 60 s skew, KB-JWTs up to 5 minutes old. */
	public static Builder builder(JWK issuerKey) {
		return new Builder(issuerKey);
	}

	/** Builds a {@link VerificationPolicy}. */
	public static final class Builder {

		private final JWK issuerKey;

		private Set<String> acceptedTypes = Set.of(SdJwtVc.TYPE);

		private boolean allowLegacyType;

		private boolean sdJwtVc = true;

		private boolean requireKeyBinding;

		private String expectedNonce;

		private String expectedAudience;

		private Duration keyBindingMaxAge = Duration.ofMinutes(5);

		private Duration clockSkew = Duration.ofSeconds(60);

		private Clock clock = Clock.systemUTC();

		private ParseLimits limits = ParseLimits.DEFAULT;

		private CryptoProvider provider = CryptoProvider.DEFAULT;

		private StatusListFetcher statusListFetcher;

		private IssuerKeys issuerKeys;

		private Builder(JWK issuerKey) {
			this.issuerKey = issuerKey;
		}

		/** A plain RFC 9901 SD-JWT policy: these {@code typ}s, no SD-JWT VC rules. */
		public Builder plainSdJwt(String... acceptedTypes) {
			this.acceptedTypes = Set.of(acceptedTypes);
			this.sdJwtVc = false;
			return this;
		}

		public Builder allowLegacyType(boolean allow) {
			this.allowLegacyType = allow;
			return this;
		}

		public Builder requireKeyBinding(boolean require) {
			this.requireKeyBinding = require;
			return this;
		}

		public Builder expectedNonce(String nonce) {
			this.expectedNonce = nonce;
			return this;
		}

		public Builder expectedAudience(String audience) {
			this.expectedAudience = audience;
			return this;
		}

		public Builder keyBindingMaxAge(Duration maxAge) {
			this.keyBindingMaxAge = maxAge;
			return this;
		}

		public Builder clockSkew(Duration skew) {
			this.clockSkew = skew;
			return this;
		}

		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		public Builder limits(ParseLimits limits) {
			this.limits = limits;
			return this;
		}

		public Builder provider(CryptoProvider provider) {
			this.provider = provider;
			return this;
		}

		/** Checks the credential's {@code status} against Status List Tokens from {@code fetcher}. */
		public Builder statusListFetcher(StatusListFetcher fetcher) {
			this.statusListFetcher = fetcher;
			return this;
		}

		/** Lets a Status List Token be signed by any of these keys of the issuer's, found by {@code kid}. */
		public Builder issuerKeys(IssuerKeys keys) {
			this.issuerKeys = keys;
			return this;
		}

		public VerificationPolicy build() {
			return new VerificationPolicy(this.issuerKey, this.acceptedTypes, this.allowLegacyType, this.sdJwtVc,
					this.requireKeyBinding, this.expectedNonce, this.expectedAudience, this.keyBindingMaxAge,
					this.clockSkew, this.clock, this.limits, this.provider,
					this.statusListFetcher, this.issuerKeys);
		}

	}

}
