package org.consentlab.credential.bench;

import com.authlete.sd.SDJWT;
import com.authlete.sd.SDObjectBuilder;
import com.authlete.sd.SDObjectDecoder;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.jose.Jwks;
import org.consentlab.credential.jose.Signatures;
import org.consentlab.credential.sdjwt.ClaimPath;
import org.consentlab.credential.sdjwt.KeyBindingJwt;
import org.consentlab.credential.sdjwt.Presentation;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.sdjwt.SdJwtIssuer;
import org.consentlab.credential.verify.SdJwtVerifier;
import org.consentlab.credential.verify.VerificationPolicy;
import org.consentlab.credential.verify.VerificationResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue, present and verify an SD-JWT VC of 12 claims, 10 selectively disclosable, 3 disclosed,
 * with key binding; the crypto floor (the two ES256 verifications a verify needs, with Nimbus on
 * the same provider); the signature floor (the same two verifications as verify does them, see
 * {@code EcdsaVerifier}); and the same three operations with Authlete's library on its default setup
 * (Authlete signs nothing itself: Nimbus with its default JCA provider signs and verifies for it).
 * Run: {@code ./mvnw -o -Pbench test-compile exec:exec -Dbench.args=SdJwtBenchmark}, or {@code java -cp
 * <test classpath> org.openjdk.jmh.Main SdJwtBenchmark}. On a busy shared machine also run
 * {@link InterleavedCpuTime}, whose ratios do not depend on how the load changes between benchmarks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class SdJwtBenchmark {

	private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

	private static final List<String> DISCLOSED = List.of("given_name", "family_name", "birthdate");

	@Param({"JDK", "BOUNCY_CASTLE"})
	public CryptoProvider provider;

	private final JWK issuerKey = Jwks.generate(JWSAlgorithm.ES256);

	private final JWK holderKey = Jwks.generate(JWSAlgorithm.ES256);

	private Map<String, Object> claims;

	private List<ClaimPath> disclosable;

	private SdJwtIssuer issuer;

	private SdJwt credential;

	private String presentation;

	private SdJwtVerifier verifier;

	private JWSObject floorIssuerJwt;

	private JWSObject floorKbJwt;

	private JWSVerifier floorIssuerVerifier;

	private JWSVerifier floorHolderVerifier;

	private JWSVerifier ownIssuerVerifier;

	private JWK holderPublicKey;

	private String authleteCredential;

	private String authletePresentation;

	@Setup
	public void setUp() throws Exception {
		this.claims = claims();
		this.disclosable =
				this.claims.keySet().stream().limit(10).map(ClaimPath::of).toList();
		this.claims.put("iss", "https://issuer.example.org");
		this.claims.put("iat", NOW.getEpochSecond());
		this.claims.put("vct", "urn:example:pid");
		this.issuer =
				SdJwtIssuer.builder(this.issuerKey).provider(this.provider).build();
		this.credential = this.issuer.issue(this.claims, this.disclosable, this.holderKey);
		this.presentation = present();
		this.verifier = new SdJwtVerifier(VerificationPolicy.builder(this.issuerKey.toPublicJWK())
				.clock(Clock.fixed(NOW, ZoneOffset.UTC))
				.expectedNonce("nonce")
				.expectedAudience("https://verifier.example.org")
				.requireKeyBinding(true)
				.provider(this.provider)
				.build());
		requireVerified(this.verifier.verify(this.presentation));
		SdJwt parsed = SdJwt.parse(this.presentation);
		this.floorIssuerJwt = JWSObject.parse(parsed.issuerSignedJwt().compact());
		this.floorKbJwt = JWSObject.parse(parsed.keyBindingJwt().compact());
		this.floorIssuerVerifier = this.provider.configure(
				new ECDSAVerifier(this.issuerKey.toPublicJWK().toECKey()));
		this.floorHolderVerifier = this.provider.configure(
				new ECDSAVerifier(this.holderKey.toPublicJWK().toECKey()));
		this.ownIssuerVerifier = Signatures.verifier(this.issuerKey.toPublicJWK(), this.provider);
		this.holderPublicKey = this.holderKey.toPublicJWK();
		this.authleteCredential = authleteIssue();
		this.authletePresentation = authletePresent();
		if (!authleteVerify().containsKey("given_name")) {
			throw new IllegalStateException("the Authlete path does not verify");
		}
	}

	@Benchmark
	public String issue() {
		return this.issuer.issue(this.claims, this.disclosable, this.holderKey).serialize();
	}

	@Benchmark
	public String present() {
		SdJwt chosen = Presentation.select(
				this.credential, DISCLOSED.stream().map(ClaimPath::of).toList(), 32);
		return chosen.withKeyBinding(KeyBindingJwt.create(
						chosen, this.holderKey, "nonce", "https://verifier.example.org", NOW, this.provider))
				.serialize();
	}

	@Benchmark
	public VerificationResult verify() {
		return this.verifier.verify(this.presentation);
	}

	/**
	 * The crypto floor: the two ES256 verifications a verify needs, with Nimbus's
	 * {@code ECDSAVerifier} on the same provider, each made once.
	 */
	@Benchmark
	public boolean cryptoFloor() throws Exception {
		return this.floorIssuerVerifier.verify(
						this.floorIssuerJwt.getHeader(),
						this.floorIssuerJwt.getSigningInput(),
						this.floorIssuerJwt.getSignature())
				& this.floorHolderVerifier.verify(
						this.floorKbJwt.getHeader(), this.floorKbJwt.getSigningInput(), this.floorKbJwt.getSignature());
	}

	/**
	 * The two verifications as {@code verify} does them: with the issuer's verifier, made once
	 * per trusted key, and with a verifier for the holder key made on the spot, since every
	 * presentation brings its own ({@code Signatures.verifier} both). What {@code verify} costs
	 * beyond this is parsing, digests and checks.
	 */
	@Benchmark
	public boolean signatureFloor() throws Exception {
		return this.ownIssuerVerifier.verify(
						this.floorIssuerJwt.getHeader(),
						this.floorIssuerJwt.getSigningInput(),
						this.floorIssuerJwt.getSignature())
				& Signatures.verifier(this.holderPublicKey, this.provider)
						.verify(
								this.floorKbJwt.getHeader(),
								this.floorKbJwt.getSigningInput(),
								this.floorKbJwt.getSignature());
	}

	@Benchmark
	public String authleteIssue() throws Exception {
		SDObjectBuilder builder = new SDObjectBuilder();
		List<com.authlete.sd.Disclosure> disclosures = new ArrayList<>();
		int i = 0;
		for (Map.Entry<String, Object> claim : this.claims.entrySet()) {
			if (i++ < 10) {
				disclosures.add(builder.putSDClaim(claim.getKey(), claim.getValue()));
			} else {
				builder.putClaim(claim.getKey(), claim.getValue());
			}
		}
		Map<String, Object> payload = builder.build(true);
		payload.put("cnf", Map.of("jwk", this.holderKey.toPublicJWK().toJSONObject()));
		SignedJWT jwt = new SignedJWT(header("dc+sd-jwt"), JWTClaimsSet.parse(payload));
		jwt.sign(new ECDSASigner(this.issuerKey.toECKey()));
		return new SDJWT(jwt.serialize(), disclosures).toString();
	}

	@Benchmark
	public String authletePresent() throws Exception {
		SDJWT credential = SDJWT.parse(this.authleteCredential);
		List<com.authlete.sd.Disclosure> chosen = credential.getDisclosures().stream()
				.filter((d) -> DISCLOSED.contains(d.getClaimName()))
				.toList();
		String sdHash = new SDJWT(credential.getCredentialJwt(), chosen).getSDHash();
		JWTClaimsSet kbClaims = new JWTClaimsSet.Builder()
				.claim("nonce", "nonce")
				.audience("https://verifier.example.org")
				.issueTime(Date.from(NOW))
				.claim("sd_hash", sdHash)
				.build();
		SignedJWT kb = new SignedJWT(header("kb+jwt"), kbClaims);
		kb.sign(new ECDSASigner(this.holderKey.toECKey()));
		return new SDJWT(credential.getCredentialJwt(), chosen, kb.serialize()).toString();
	}

	@Benchmark
	@SuppressWarnings("unchecked")
	public Map<String, Object> authleteVerify() throws Exception {
		SDJWT presentation = SDJWT.parse(this.authletePresentation);
		SignedJWT jwt = SignedJWT.parse(presentation.getCredentialJwt());
		if (!jwt.verify(new ECDSAVerifier(this.issuerKey.toPublicJWK().toECKey()))) {
			throw new IllegalStateException("issuer signature");
		}
		Map<String, Object> payload = jwt.getJWTClaimsSet().toJSONObject();
		SignedJWT kb = SignedJWT.parse(presentation.getBindingJwt());
		ECKey cnf = ECKey.parse((Map<String, Object>) ((Map<?, ?>) payload.get("cnf")).get("jwk"));
		JWTClaimsSet kbClaims = kb.getJWTClaimsSet();
		if (!kb.verify(new ECDSAVerifier(cnf))
				|| !presentation.getSDHash().equals(kbClaims.getClaim("sd_hash"))
				|| !"nonce".equals(kbClaims.getClaim("nonce"))
				|| !kbClaims.getAudience().contains("https://verifier.example.org")) {
			throw new IllegalStateException("key binding");
		}
		return new SDObjectDecoder().decode(payload, presentation.getDisclosures());
	}

	private static JWSHeader header(String typ) {
		return new JWSHeader.Builder(JWSAlgorithm.ES256)
				.type(new JOSEObjectType(typ))
				.build();
	}

	private static void requireVerified(VerificationResult result) {
		if (!result.isVerified()) {
			throw new IllegalStateException("the benchmark presentation does not verify: " + result.errors());
		}
	}

	/** Twelve claims; the first ten are issued selectively disclosable. */
	private static Map<String, Object> claims() {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("given_name", "Erika");
		claims.put("family_name", "Mustermann");
		claims.put("birthdate", "1963-08-12");
		claims.put("email", "erika@example.org");
		claims.put("phone_number", "+49 221 555 0100");
		claims.put("street_address", "Heidestrasse 17");
		claims.put("locality", "Koeln");
		claims.put("postal_code", "51147");
		claims.put("country", "DE");
		claims.put("nationalities", List.of("DE"));
		claims.put("age_over_18", true);
		claims.put("document_number", "T22000129");
		return claims;
	}
}
