package org.consentlab.cli;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.jose.Jwks;
import org.consentlab.credential.sdjwt.ClaimPath;
import org.consentlab.credential.sdjwt.KeyBindingJwt;
import org.consentlab.credential.sdjwt.ParseLimits;
import org.consentlab.credential.sdjwt.Presentation;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.sdjwt.SdJwtIssuer;
import org.consentlab.credential.sdjwt.SdJwtJson;
import org.consentlab.credential.spec.SdJwtVc;
import org.consentlab.credential.status.StatusListToken;
import org.consentlab.credential.status.StatusReference;
import org.consentlab.credential.verify.SdJwtVerifier;
import org.consentlab.credential.verify.VerificationPolicy;
import org.consentlab.credential.verify.VerificationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sd-jwt keygen|issue|present|verify|decode}: SD-JWT VCs (RFC 9901, SD-JWT VC) from the
 * command line, for labs and for other tools. Exit 0 done, 1 rejected, 2 used the wrong way.
 */
@Command(name = "sd-jwt", mixinStandardHelpOptions = true)
public final class SdJwtCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		this.spec.commandLine().usage(out());
	}

	@Command(name = "keygen")
	int keygen(
			@Option(names = "--alg", defaultValue = "ES256") String alg,
			@Option(names = "--out", required = true) Path dir) {
		return CredentialCliSupport.guarded(err(), () -> {
			createDirectories(dir);
			for (String role : List.of("issuer", "holder")) {
				JWK key = Jwks.generate(JWSAlgorithm.parse(alg));
				CredentialCliSupport.writeSecret(dir.resolve(role + ".private.jwk.json"), key.toJSONString());
				CredentialCliSupport.write(
						dir.resolve(role + ".public.jwk.json"),
						key.toPublicJWK().toJSONString());
			}
			return CredentialCliSupport.print(out(), CliMessages.ofEnvironment().get("keys.wrote", dir));
		});
	}

	@Command(name = "issue")
	int issue(
			@Option(names = "--issuer-key", required = true) String issuerKeyFile,
			@Option(names = "--claims", required = true) String claimsFile,
			@Option(names = "--sd", split = ",") List<String> sd,
			@Option(names = "--holder-key") String holderKeyFile,
			@Option(names = "--vct") String vct,
			@Option(names = "--status-uri") String statusUri,
			@Option(names = "--status-idx", defaultValue = "0") long statusIdx) {
		return CredentialCliSupport.guarded(err(), () -> {
			JWK issuerKey = CredentialCliSupport.readPrivateJwk(issuerKeyFile);
			Map<String, Object> claims = CredentialCliSupport.readJsonObject(claimsFile);
			claims.putIfAbsent(SdJwtVc.ISS, "urn:consentlab:issuer:" + thumbprint(issuerKey));
			claims.putIfAbsent(SdJwtVc.IAT, Instant.now().getEpochSecond());
			claims.put(SdJwtVc.VCT, (vct != null) ? vct : claims.getOrDefault(SdJwtVc.VCT, SdJwtVc.DEFAULT_VCT));
			if (statusUri != null) {
				claims.put(SdJwtVc.STATUS, new StatusReference(statusIdx, statusUri).toStatusClaim());
			}
			JWK holderKey = (holderKeyFile != null) ? CredentialCliSupport.readJwk(holderKeyFile) : null;
			SdJwt credential = SdJwtIssuer.builder(issuerKey).build().issue(claims, paths(sd), holderKey);
			return CredentialCliSupport.print(out(), credential.serialize());
		});
	}

	@Command(name = "present")
	int present(
			@Option(names = "--in", required = true) String in,
			@Option(names = "--select", split = ",") List<String> select,
			@Option(names = "--holder-key") String holderKeyFile,
			@Option(names = "--nonce") String nonce,
			@Option(names = "--aud") String aud,
			@Option(names = "--json") boolean json) {
		return CredentialCliSupport.guarded(err(), () -> {
			if (holderKeyFile != null && (nonce == null || aud == null)) {
				throw new CredentialCliSupport.UsageException("holder-key-needs");
			}
			SdJwt credential = parse(CredentialCliSupport.readInput(in));
			SdJwt chosen = Presentation.select(credential, paths(select), ParseLimits.DEFAULT.maxJsonDepth());
			if (holderKeyFile != null) {
				JWK holderKey = CredentialCliSupport.readPrivateJwk(holderKeyFile);
				chosen = chosen.withKeyBinding(
						KeyBindingJwt.create(chosen, holderKey, nonce, aud, Instant.now(), CryptoProvider.SIGNING));
			}
			return CredentialCliSupport.print(
					out(), json ? SdJwtJson.fromCompact(chosen).serialize() : chosen.serialize());
		});
	}

	@Command(name = "verify")
	int verify(
			@Option(names = "--issuer-key", required = true) String issuerKeyFile,
			@Option(names = "--in", required = true) String in,
			@Option(names = "--nonce") String nonce,
			@Option(names = "--aud") String aud,
			@Option(names = "--require-kb") boolean requireKb,
			@Option(names = "--status-list") String statusList) {
		return CredentialCliSupport.guarded(err(), () -> {
			VerificationPolicy.Builder policy = VerificationPolicy.builder(
							CredentialCliSupport.readJwk(issuerKeyFile).toPublicJWK())
					.requireKeyBinding(requireKb)
					.expectedNonce(nonce)
					.expectedAudience(aud);
			if (statusList != null) {
				StatusListToken token = StatusCommand.parseToken(CredentialCliSupport.readInput(statusList));
				policy.statusListFetcher((uri) -> token);
			}
			VerificationResult result = new SdJwtVerifier(policy.build()).verify(CredentialCliSupport.readInput(in));
			if (!result.isVerified()) {
				return CredentialCliSupport.reject(err(), result.errors());
			}
			return CredentialCliSupport.print(out(), Json.write(((VerificationResult.Verified) result).claims()));
		});
	}

	@Command(name = "decode")
	int decode(@Option(names = "--in", required = true) String in) {
		return CredentialCliSupport.guarded(
				err(),
				() -> CredentialCliSupport.print(
						out(),
						SdJwtBreakdown.of(parse(CredentialCliSupport.readInput(in)), CliMessages.ofEnvironment())));
	}

	/** The compact serialization, or the JWS JSON one (RFC 9901 §8) when the text opens with a left brace. */
	private static SdJwt parse(String text) {
		return SdJwtJson.looksLikeJson(text) ? SdJwtJson.parse(text).sdJwt() : SdJwt.parse(text);
	}

	private static List<ClaimPath> paths(List<String> paths) {
		return (paths != null)
				? paths.stream().map(String::strip).map(ClaimPath::parse).toList()
				: List.of();
	}

	private static String thumbprint(JWK key) {
		try {
			return key.computeThumbprint().toString();
		} catch (JOSEException ex) {
			throw new CredentialCliSupport.UsageException("thumbprint");
		}
	}

	private static void createDirectories(Path dir) {
		try {
			Files.createDirectories(dir);
		} catch (java.io.IOException ex) {
			throw new CredentialCliSupport.UsageException("cannot-create", dir);
		}
	}

	private PrintWriter out() {
		return this.spec.commandLine().getOut();
	}

	private PrintWriter err() {
		return this.spec.commandLine().getErr();
	}
}
