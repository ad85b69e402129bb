package org.consentlab.credential.verify;

import com.nimbusds.jose.jwk.JWK;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.sdjwt.ParseLimits;
import org.consentlab.credential.spec.SdJwtVc;
import org.consentlab.credential.status.StatusListFetcher;

/**
 * What a verifier requires (RFC 9901 §7.3, SD-JWT VC §3): the trusted issuer key, or the trusted
 * issuers and where their keys are found, the accepted {@code typ}s, whether SD-JWT VC rules apply,
 * key binding with the expected nonce and audience, the clock and its allowed skew, the parsing
 * limits, and where Status List Tokens come from. Build one with {@link #builder(JWK)} for one fixed
 * key, or with {@link #resolving(IssuerKeyResolver)} to find the key from the token's {@code iss}
 * and {@code kid}.
 *
 * @param issuerKey the issuer's public key, the algorithm taken from it (§7.1 step 2); null when
 *        {@code issuerKeyResolver} finds it
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
 * @param issuerKeyResolver finds the key from {@code iss} and {@code kid} (and the keys of a status
 *        list); null when {@code issuerKey} is given
 * @param trustedIssuers the {@code iss} values accepted with a resolver (§7.1 step 2); null for any
 *        issuer the resolver knows
 */
public record VerificationPolicy(
		JWK issuerKey,
		Set<String> acceptedTypes,
		boolean allowLegacyType,
		boolean sdJwtVc,
		boolean requireKeyBinding,
		String expectedNonce,
		String expectedAudience,
		Duration keyBindingMaxAge,
		Duration clockSkew,
		Clock clock,
		ParseLimits limits,
		CryptoProvider provider,
		StatusListFetcher statusListFetcher,
		IssuerKeys issuerKeys,
		IssuerKeyResolver issuerKeyResolver,
		Set<String> trustedIssuers) {

	public VerificationPolicy {
		if ((issuerKey == null) == (issuerKeyResolver == null)) {
			throw new IllegalArgumentException("give either a fixed issuer key or a resolver, not both or neither");
		}
		trustedIssuers = (trustedIssuers != null) ? Set.copyOf(trustedIssuers) : null;
		acceptedTypes = Set.copyOf(acceptedTypes);
		Objects.requireNonNull(keyBindingMaxAge, "keyBindingMaxAge");
		Objects.requireNonNull(clockSkew, "clockSkew");
		Objects.requireNonNull(clock, "clock");
		Objects.requireNonNull(limits, "limits");
		Objects.requireNonNull(provider, "provider");
	}

	/** An SD-JWT VC policy trusting {@code issuerKey}: {@code dc+sd-jwt}, 60 s skew, KB-JWTs up to 5 minutes old. */
	public static Builder builder(JWK issuerKey) {
		return new Builder(Objects.requireNonNull(issuerKey, "issuerKey"), null);
	}

	/**
	 * As {@link #builder(JWK)}, but the key is found by {@code resolver} from the token's {@code iss}
	 * and {@code kid}, and a Status List Token may be signed by any key the same issuer publishes.
	 */
	public static Builder resolving(IssuerKeyResolver resolver) {
		return new Builder(null, Objects.requireNonNull(resolver, "resolver"));
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

		private final IssuerKeyResolver issuerKeyResolver;

		private Set<String> trustedIssuers;

		private Builder(JWK issuerKey, IssuerKeyResolver issuerKeyResolver) {
			this.issuerKey = issuerKey;
			this.issuerKeyResolver = issuerKeyResolver;
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

		/** Accepts only credentials whose {@code iss} is one of these (with a resolver). */
		public Builder trustedIssuers(Collection<String> issuers) {
			this.trustedIssuers = Set.copyOf(issuers);
			return this;
		}

		public VerificationPolicy build() {
			return new VerificationPolicy(
					this.issuerKey,
					this.acceptedTypes,
					this.allowLegacyType,
					this.sdJwtVc,
					this.requireKeyBinding,
					this.expectedNonce,
					this.expectedAudience,
					this.keyBindingMaxAge,
					this.clockSkew,
					this.clock,
					this.limits,
					this.provider,
					this.statusListFetcher,
					this.issuerKeys,
					this.issuerKeyResolver,
					this.trustedIssuers);
		}
	}
}
