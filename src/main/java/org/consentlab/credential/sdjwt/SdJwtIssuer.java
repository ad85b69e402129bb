package org.consentlab.credential.sdjwt;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jwk.JWK;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.jose.ParsedJws;
import org.consentlab.credential.jose.Signatures;
import org.consentlab.credential.spec.Rfc9901;
import org.consentlab.credential.spec.SdJwtVc;

/**
 * Issues SD-JWTs (RFC 9901 §4): turns the claims named by {@link ClaimPath}s into disclosures
 * (§4.2.1 object properties, §4.2.2 array elements, §4.2.6 recursively), puts their digests in
 * {@code _sd} (sorted, §4.2.4.1) or {@code {"...": digest}} (§4.2.4.2), adds decoy digests
 * (§4.2.5), {@code _sd_alg} (§4.1.1) and the holder's key in {@code cnf.jwk} (§4.1.2), and signs.
 * An issuer is configured once and issues many credentials.
 */
public final class SdJwtIssuer {

	private final JWK issuerKey;

	private final JWSSigner signer;

	private final JOSEObjectType type;

	private final HashAlgorithm hashAlgorithm;

	private final SaltSource salts;

	private final int decoys;

	private SdJwtIssuer(Builder builder) {
		this.issuerKey = builder.issuerKey;
		this.signer = Signatures.signer(builder.issuerKey, builder.provider);
		this.type = new JOSEObjectType(builder.type);
		this.hashAlgorithm = builder.hashAlgorithm;
		this.salts = builder.salts;
		this.decoys = builder.decoys;
	}

	/** Starts an issuer signing with {@code issuerKey} (a private EC or Ed25519 JWK). */
	public static Builder builder(JWK issuerKey) {
		return new Builder(issuerKey);
	}

	/**
	 * Issues {@code claims} with the claims at {@code disclosable} selectively disclosable, bound to
	 * {@code holderKey} when it is not null.
	 */
	public SdJwt issue(Map<String, Object> claims, Collection<ClaimPath> disclosable, JWK holderKey) {
		Encoding encoding = new Encoding(disclosable);
		Map<String, Object> payload = encoding.object(claims, null);
		encoding.requireAllUsed();
		payload.put(Rfc9901.SD_ALG, this.hashAlgorithm.specName());
		if (holderKey != null) {
			Map<String, Object> jwk = holderKey.toPublicJWK().toJSONObject();
			payload.put(Rfc9901.CNF, Map.of(Rfc9901.JWK, jwk));
		}
		return new SdJwt(ParsedJws.sign(this.type, payload, this.issuerKey, this.signer), encoding.disclosures, null);
	}

	/** One issuance: walks the claims, creating disclosures for the chosen paths. */
	private final class Encoding {

		private final Collection<ClaimPath> disclosable;

		private final Set<ClaimPath> used = new HashSet<>();

		private final List<Disclosure> disclosures = new ArrayList<>();

		Encoding(Collection<ClaimPath> disclosable) {
			this.disclosable = List.copyOf(disclosable);
		}

		Map<String, Object> object(Map<?, ?> in, ClaimPath path) {
			Map<String, Object> out = new LinkedHashMap<>();
			List<String> digests = new ArrayList<>();
			for (Map.Entry<?, ?> entry : in.entrySet()) {
				String name = String.valueOf(entry.getKey());
				ClaimPath at = (path != null) ? path.child(name) : ClaimPath.of(name);
				Object value = value(entry.getValue(), at);
				if (isDisclosable(at)) {
					digests.add(add(ObjectPropertyDisclosure.create(SdJwtIssuer.this.salts.nextSalt(), name, value)));
				} else {
					out.put(name, value);
				}
			}
			if (path == null) {
				addDecoys(digests);
			}
			if (!digests.isEmpty()) {
				digests.sort(null);
				out.put(Rfc9901.SD, digests);
			}
			return out;
		}

		List<Object> array(List<?> in, ClaimPath path) {
			List<Object> out = new ArrayList<>();
			for (int i = 0; i < in.size(); i++) {
				ClaimPath at = path.element(i);
				Object value = value(in.get(i), at);
				if (isDisclosable(at)) {
					String salt = SdJwtIssuer.this.salts.nextSalt();
					out.add(Map.of(Rfc9901.ELLIPSIS, add(ArrayElementDisclosure.create(salt, value))));
				} else {
					out.add(value);
				}
			}
			return out;
		}

		void requireAllUsed() {
			for (ClaimPath path : this.disclosable) {
				if (!this.used.contains(path)) {
					throw new IllegalArgumentException("no claim at " + path);
				}
			}
		}

		private Object value(Object value, ClaimPath at) {
			if (value instanceof Map<?, ?> map) {
				return object(map, at);
			}
			if (value instanceof List<?> list) {
				return array(list, at);
			}
			return value;
		}

		private boolean isDisclosable(ClaimPath at) {
			boolean disclosable = false;
			for (ClaimPath path : this.disclosable) {
				if (path.matchesExactly(at)) {
					this.used.add(path);
					disclosable = true;
				}
			}
			if (disclosable
					&& at.segments().size() == 1
					&& SdJwtVc.NEVER_SELECTIVELY_DISCLOSED.contains(at.toString())) {
				throw new IllegalArgumentException(at + " must always be visible (SD-JWT VC §3.2.2.2)");
			}
			return disclosable;
		}

		private String add(Disclosure disclosure) {
			this.disclosures.add(disclosure);
			return disclosure.digest(SdJwtIssuer.this.hashAlgorithm).value();
		}

		private void addDecoys(List<String> digests) {
			for (int i = 0; i < SdJwtIssuer.this.decoys; i++) {
				digests.add(SdJwtIssuer.this.hashAlgorithm.digest(SdJwtIssuer.this.salts.nextSalt()));
			}
		}
	}

	/** Configures an {@link SdJwtIssuer}; defaults: {@code dc+sd-jwt}, sha-256, CSPRNG salts, no decoys. */
	public static final class Builder {

		private final JWK issuerKey;

		private String type = SdJwtVc.TYPE;

		private HashAlgorithm hashAlgorithm = HashAlgorithm.SHA_256;

		private SaltSource salts = SaltSource.secureRandom();

		private int decoys;

		private CryptoProvider provider = CryptoProvider.SIGNING;

		private Builder(JWK issuerKey) {
			this.issuerKey = Objects.requireNonNull(issuerKey, "issuerKey");
		}

		/** The header's {@code typ}; {@code dc+sd-jwt} for SD-JWT VC. */
		public Builder type(String type) {
			this.type = Objects.requireNonNull(type, "type");
			return this;
		}

		public Builder hashAlgorithm(HashAlgorithm hashAlgorithm) {
			this.hashAlgorithm = Objects.requireNonNull(hashAlgorithm, "hashAlgorithm");
			return this;
		}

		public Builder saltSource(SaltSource salts) {
			this.salts = Objects.requireNonNull(salts, "salts");
			return this;
		}

		/** Decoy digests added to the top-level {@code _sd} (§4.2.5). */
		public Builder decoys(int decoys) {
			if (decoys < 0) {
				throw new IllegalArgumentException("decoys must not be negative");
			}
			this.decoys = decoys;
			return this;
		}

		public Builder provider(CryptoProvider provider) {
			this.provider = Objects.requireNonNull(provider, "provider");
			return this;
		}

		public SdJwtIssuer build() {
			return new SdJwtIssuer(this);
		}
	}
}
