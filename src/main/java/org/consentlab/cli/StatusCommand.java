package org.consentlab.cli;

import com.nimbusds.jose.jwk.JWK;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.jose.Signatures;
import org.consentlab.credential.sdjwt.ParseLimits;
import org.consentlab.credential.spec.VerificationError;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.consentlab.credential.status.Status;
import org.consentlab.credential.status.StatusList;
import org.consentlab.credential.status.StatusListToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code status create|read|update}: Status List Tokens (Token Status List §5.1) from the command
 * line. Exit 0 done, 1 rejected, 2 used the wrong way.
 */
@Command(name = "status", mixinStandardHelpOptions = true)
public final class StatusCommand implements Runnable {

	/** The largest list the command line inflates: 2^20 statuses of 8 bits. */
	static final int MAX_LIST_BYTES = 1 << 20;

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		this.spec.commandLine().usage(out());
	}

	@Command(name = "create")
	int create(
			@Option(names = "--issuer-key", required = true) String issuerKeyFile,
			@Option(names = "--uri", required = true) String uri,
			@Option(names = "--size", defaultValue = "1024") int size,
			@Option(names = "--bits", defaultValue = "1") int bits,
			@Option(names = "--ttl") Long ttl,
			@Option(names = "--valid-for") Long validFor) {
		return CredentialCliSupport.guarded(err(), () -> {
			JWK key = CredentialCliSupport.readPrivateJwk(issuerKeyFile);
			Instant now = Instant.now();
			Instant exp = (validFor != null) ? now.plusSeconds(validFor) : null;
			StatusListToken token = StatusListToken.issue(
					key, uri, StatusList.ofSize(bits, size), now, exp, ttl, CryptoProvider.SIGNING);
			return CredentialCliSupport.print(out(), token.compact());
		});
	}

	@Command(name = "read")
	int read(
			@Option(names = "--in", required = true) String in,
			@Option(names = "--issuer-key") String issuerKeyFile,
			@Option(names = "--idx") Long idx) {
		return CredentialCliSupport.guarded(err(), () -> {
			StatusListToken token = parseToken(CredentialCliSupport.readInput(in));
			if (issuerKeyFile != null) {
				VerificationError error = checkSignature(token, CredentialCliSupport.readJwk(issuerKeyFile));
				if (error != null) {
					return CredentialCliSupport.reject(err(), List.of(error));
				}
			}
			if (idx != null && (idx < 0 || idx >= token.statusList().size())) {
				throw new CredentialCliSupport.UsageException(
						"idx-too-big", token.statusList().size());
			}
			print(out(), token, idx);
			return CredentialCliSupport.OK;
		});
	}

	@Command(name = "update")
	int update(
			@Option(names = "--issuer-key", required = true) String issuerKeyFile,
			@Option(names = "--in", required = true) String in,
			@Option(names = "--idx", required = true) long idx,
			@Option(names = "--status", required = true) String status) {
		return CredentialCliSupport.guarded(err(), () -> {
			JWK key = CredentialCliSupport.readPrivateJwk(issuerKeyFile);
			StatusListToken old = parseToken(CredentialCliSupport.readInput(in));
			if (idx < 0 || idx >= old.statusList().size()) {
				throw new CredentialCliSupport.UsageException(
						"idx-too-big", old.statusList().size());
			}
			StatusList list = old.statusList().with(idx, value(status));
			Instant now = Instant.now();
			Instant exp =
					(old.expiresAt() != null) ? now.plus(Duration.between(old.issuedAt(), old.expiresAt())) : null;
			StatusListToken token =
					StatusListToken.issue(key, old.subject(), list, now, exp, old.ttl(), CryptoProvider.SIGNING);
			return CredentialCliSupport.print(out(), token.compact());
		});
	}

	/** Prints the claims, then the status at {@code idx}, or every status that is not VALID. */
	private static void print(PrintWriter out, StatusListToken token, Long idx) {
		out.println("sub: " + token.subject());
		out.println("iat: " + token.issuedAt() + ((token.expiresAt() != null) ? ", exp: " + token.expiresAt() : ""));
		out.println("ttl: " + ((token.ttl() != null) ? token.ttl() + " s" : "none"));
		StatusList list = token.statusList();
		out.println("bits: " + list.bits() + ", size: " + list.size());
		long from = (idx != null) ? idx : 0;
		long to = (idx != null) ? idx + 1 : list.size();
		for (long i = from; i < to; i++) {
			if (idx != null || list.get(i) != Status.VALID.value()) {
				out.println("idx " + i + ": " + name(list.get(i)));
			}
		}
		out.flush();
	}

	/** Parses a Status List Token with the command line's limits. */
	static StatusListToken parseToken(String compact) {
		return StatusListToken.parse(compact, ParseLimits.DEFAULT.maxJsonDepth(), MAX_LIST_BYTES);
	}

	private static VerificationError checkSignature(StatusListToken token, JWK issuerKey) {
		return Signatures.check(
				token.jws(),
				Signatures.algorithmFor(issuerKey),
				Signatures.verifier(issuerKey.toPublicJWK(), CryptoProvider.DEFAULT),
				VerificationErrorCode.STATUS_LIST_INVALID);
	}

	private static int value(String status) {
		for (Status known : Status.values()) {
			if (known.name().equalsIgnoreCase(status)) {
				return known.value();
			}
		}
		try {
			return Integer.parseInt(status);
		} catch (NumberFormatException ex) {
			throw new CredentialCliSupport.UsageException("bad-status");
		}
	}

	private static String name(int value) {
		return Status.fromValue(value).map(Enum::name).orElse(String.format(Locale.ROOT, "0x%02X", value));
	}

	private PrintWriter out() {
		return this.spec.commandLine().getOut();
	}

	private PrintWriter err() {
		return this.spec.commandLine().getErr();
	}
}
