package org.consentlab.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.consentlab.ConsentLabApplication;
import org.consentlab.cli.ConsentLabCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code tls self-signed}, then classroom mode on HTTPS with it, fetched by a client that trusts only that certificate. */
class TlsTests {

	@TempDir
	Path dir;

	@Test
	void selfSignedWhenGeneratedThenTheAppServesHttpsWithItAndTheFingerprintMatches() throws Exception {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		PrintStream out = System.out;
		int exit;
		try {
			System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
			exit = ConsentLabCommand.run(
					ConsentLabApplication.class, "tls", "self-signed", "--host", "localhost", "--out", dir.toString());
		} finally {
			System.setOut(out);
		}
		assertThat(exit).isZero();
		Path key = dir.resolve("consentlab-tls.key");
		Path cert = dir.resolve("consentlab-tls.crt");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
				.isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cert)))
				.isEqualTo("rw-------");
		X509Certificate certificate;
		try (InputStream in = Files.newInputStream(cert)) {
			certificate =
					(X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
		}
		String fingerprint = HexFormat.ofDelimiter(":")
				.withUpperCase()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("SHA-256 fingerprint: " + fingerprint);
		assertThat(certificate.getPublicKey().getAlgorithm()).isEqualTo("EC");

		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ConsentLabApplication.class)
				.run(
						"--server.port=0",
						"--consentlab.mode=classroom",
						"--consentlab.allow-plain-http=false",
						"--logging.level.root=warn",
						"--spring.datasource.url=jdbc:h2:mem:tls-" + UUID.randomUUID(),
						"--spring.ssl.bundle.pem.web.keystore.certificate=file:" + cert,
						"--spring.ssl.bundle.pem.web.keystore.private-key=file:" + key,
						"--server.ssl.bundle=web")) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
			trusted.load(null, null);
			trusted.setCertificateEntry("classroom", certificate);
			TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			trust.init(trusted);
			SSLContext tls = SSLContext.getInstance("TLS");
			tls.init(null, trust.getTrustManagers(), null);
			HttpClient http = HttpClient.newBuilder().sslContext(tls).build();
			HttpResponse<String> page = http.send(
					HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/login"))
							.build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
			assertThat(page.body()).doesNotContain("Plain HTTP:");
		}
	}
}
