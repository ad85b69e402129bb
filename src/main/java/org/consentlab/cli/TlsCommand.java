package org.consentlab.cli;

import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tls self-signed --host NAME}: a P-256 key and a self-signed server certificate (RFC 5280)
 * for HTTPS in a classroom without a certificate authority. Learners' browsers warn about it; the
 * instructor reads the SHA-256 fingerprint aloud, learners compare it with the one the browser shows.
 */
@Command(name = "tls", mixinStandardHelpOptions = true)
public final class TlsCommand implements Runnable {

	static final String KEY_FILE = "consentlab-tls.key";

	static final String CERT_FILE = "consentlab-tls.crt";

	private static final Pattern IP = Pattern.compile("[0-9.]+|.*:.*");

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9.-]{1,253}|[0-9a-fA-F:.]{2,45}");

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	@Command(name = "self-signed")
	int selfSigned(
			@Option(names = "--host", required = true) List<String> hosts,
			@Option(names = "--out", defaultValue = ".") Path dir,
			@Option(names = "--days", defaultValue = "120") int days) {
		PrintWriter err = spec.commandLine().getErr();
		return CredentialCliSupport.guarded(err, () -> {
			for (String host : hosts) {
				if (!NAME.matcher(host).matches()) {
					throw new CredentialCliSupport.UsageException("bad-host", host);
				}
			}
			if (days < 1 || days > 825) {
				throw new CredentialCliSupport.UsageException("bad-days");
			}
			try {
				Files.createDirectories(dir);
			} catch (java.io.IOException ex) {
				throw new CredentialCliSupport.UsageException("cannot-create", dir);
			}
			KeyPair pair = generate();
			X509Certificate certificate = certificate(pair, hosts, Duration.ofDays(days));
			Path key = dir.resolve(KEY_FILE);
			Path cert = dir.resolve(CERT_FILE);
			CredentialCliSupport.writeSecret(
					key, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
			CredentialCliSupport.writeSecret(cert, pem("CERTIFICATE", encoded(certificate)));
			PrintWriter out = spec.commandLine().getOut();
			CliMessages messages = CliMessages.ofEnvironment();
			out.println(messages.get("tls.wrote", key, cert));
			out.println(messages.get("tls.fingerprint", fingerprint(encoded(certificate))));
			out.println(messages.get(
					"tls.start",
					"--spring.ssl.bundle.pem.web.keystore.certificate=file:" + cert
							+ " --spring.ssl.bundle.pem.web.keystore.private-key=file:" + key
							+ " --server.ssl.bundle=web"));
			out.flush();
			return CredentialCliSupport.OK;
		});
	}

	/** The SHA-256 of the certificate's DER bytes, as browsers show it: upper-case hex pairs joined by colons. */
	static String fingerprint(byte[] der) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(der);
			return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
		} catch (GeneralSecurityException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
			return generator.generateKeyPair();
		} catch (GeneralSecurityException ex) {
			throw new IllegalStateException("every Java runtime has P-256", ex);
		}
	}

	private static X509Certificate certificate(KeyPair pair, List<String> hosts, Duration validity) {
		Instant now = Instant.now();
		X500Name subject = new X500Name("CN=" + hosts.get(0).replaceAll("[^A-Za-z0-9.:-]", ""));
		List<GeneralName> names = new ArrayList<>();
		for (String host : hosts) {
			names.add(new GeneralName(
					IP.matcher(host).matches() ? GeneralName.iPAddress : GeneralName.dNSName,
					host.toLowerCase(Locale.ROOT)));
		}
		try {
			var builder = new JcaX509v3CertificateBuilder(
					subject,
					new BigInteger(127, new SecureRandom()).add(BigInteger.ONE),
					Date.from(now.minus(Duration.ofHours(1))),
					Date.from(now.plus(validity)),
					subject,
					pair.getPublic());
			builder.addExtension(
					Extension.subjectAlternativeName, false, new GeneralNames(names.toArray(GeneralName[]::new)));
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
			builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
			builder.addExtension(
					Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
			var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate());
			return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
		} catch (java.io.IOException | OperatorCreationException | GeneralSecurityException ex) {
			throw new IllegalStateException("could not build the certificate", ex);
		}
	}

	private static byte[] encoded(X509Certificate certificate) {
		try {
			return certificate.getEncoded();
		} catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String pem(String type, byte[] der) {
		String body = Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
				.encodeToString(der);
		return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----";
	}
}
