package org.consentlab.trust;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oid4vp.ClientId;
import org.consentlab.credential.registration.RegistrationCertificate;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.consentlab.credential.x509.CertificateAuthority;
import org.consentlab.credential.x509.CertificateChain;
import org.consentlab.secrets.PrivateKeySealer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The classroom's trust framework, made at first start and kept in the database so every instance
 * trusts and signs with the same certificates. The root certifies an access-certificate authority,
 * which certifies each verifier's access certificate, and a registrar, which signs each verifier's
 * registration. Private keys are sealed at rest like every other key of the app. Wallets trust {@link #roots()} and nothing else: a request signed by a certificate
 * from anywhere else is refused, whatever name it claims.
 */
@Service
public class ClassroomTrust {

	/** How long the root and the access authority live; a classroom server is not kept for decades. */
	static final Duration AUTHORITY_VALIDITY = Duration.ofDays(10 * 365);

	/** How long an access certificate lives before it is re-issued to the same key. */
	static final Duration ACCESS_VALIDITY = Duration.ofDays(365);

	/** How long a registration is valid before the registrar signs it again. */
	static final Duration REGISTRATION_VALIDITY = Duration.ofDays(90);

	/** Re-issue what expires within this margin, so nothing lapses during a lesson. */
	static final Duration RENEW_BEFORE = Duration.ofDays(14);

	/** The prefix of every verifier's entity identifier: the subject of its two certificates. */
	public static final String ENTITY_PREFIX = "urn:consentlab:verifier:";

	static final String ROOT = "root";

	static final String ACCESS_CA = "access-ca";

	static final String REGISTRAR = "registrar";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final PrivateKeySealer sealer;

	private volatile Framework framework;

	ClassroomTrust(JdbcClient jdbc, PrivateKeySealer sealer) {
		this.jdbc = jdbc;
		this.sealer = sealer;
		this.clock = Clock.systemUTC();
	}

	/** The root a wallet trusts: the one certificate every check of a request leads to. */
	public List<X509Certificate> roots() {
		return List.of(framework().root());
	}

	/** The entity identifier of a verifier, the common name of its access certificate. */
	public static String entityId(String verifierId) {
		return ENTITY_PREFIX + verifierId;
	}

	/**
	 * Registers a verifier, or renews what changed: a key and an access certificate the first time
	 * (again when it nears expiry), and the registrar's signature on {@code registration} whenever
	 * its content differs from what is on file or nears expiry. Returns the signed registration.
	 */
	@Transactional
	public String register(String verifierId, Registration registration) {
		Framework trust = framework();
		Instant now = clock.instant();
		Optional<Row> row = row(verifierId);
		KeyPair keys;
		CertificateChain access;
		if (row.isPresent()) {
			keys = new KeyPair(
					row.get().access().leaf().getPublicKey(), row.get().key());
			access = row.get().access();
			if (expiresWithin(access.leaf(), now)) {
				access = trust.accessCa().issue(entityId(verifierId), keys.getPublic(), now, ACCESS_VALIDITY);
			}
		} else {
			keys = CertificateAuthority.newKeyPair();
			access = trust.accessCa().issue(entityId(verifierId), keys.getPublic(), now, ACCESS_VALIDITY);
		}
		RegistrationCertificate wanted =
				registration.certificate(entityId(verifierId), now, now.plus(REGISTRATION_VALIDITY));
		if (row.isPresent()
				&& row.get().access().equals(access)
				&& row.get().registration().sameContent(wanted)
				&& !row.get().registration().expiresAt().isBefore(now.plus(RENEW_BEFORE))) {
			return row.get().signed();
		}
		String signed = wanted.sign(trust.registrarKey(), trust.registrar());
		String chain = Json.write(access.toX5c());
		String key = sealer.seal(encode(keys.getPrivate()), verifierContext(verifierId));
		int updated = jdbc.sql(
						"UPDATE TRUST_VERIFIER SET ACCESS_CHAIN = ?, PRIVATE_KEY = ?, REGISTRATION = ? WHERE VERIFIER_ID = ?")
				.params(chain, key, signed, verifierId)
				.update();
		if (updated == 0) {
			try {
				jdbc.sql(
								"INSERT INTO TRUST_VERIFIER (VERIFIER_ID, ACCESS_CHAIN, PRIVATE_KEY, REGISTRATION, CREATED_AT) "
										+ "VALUES (?, ?, ?, ?, ?)")
						.params(verifierId, chain, key, signed, Timestamp.from(now))
						.update();
			} catch (DuplicateKeyException otherInstance) {
				return row(verifierId).orElseThrow().signed();
			}
		}
		return signed;
	}

	/** What the verifier signs its requests with; empty for a verifier never registered. */
	public Optional<AccessCredentials> accessCredentials(String verifierId) {
		return row(verifierId).map(row -> new AccessCredentials(row.key(), row.access()));
	}

	/** The registration as the registrar signed it; empty for a verifier never registered. */
	public Optional<String> signedRegistration(String verifierId) {
		return row(verifierId).map(Row::signed);
	}

	/** The public register: every verifier's registration and access certificate, by identifier. */
	public List<RegisterEntry> register() {
		List<RegisterEntry> entries = new ArrayList<>();
		for (String id : jdbc.sql("SELECT VERIFIER_ID FROM TRUST_VERIFIER ORDER BY VERIFIER_ID")
				.query(String.class)
				.list()) {
			row(id).ifPresent(row -> entries.add(new RegisterEntry(
					id,
					row.registration(),
					ClientId.x509Hash(row.access()).toString(),
					row.access().leaf().getNotAfter().toInstant())));
		}
		return entries;
	}

	/** The content of a registration, which the registrar dates and signs. */
	public interface Registration {

		RegistrationCertificate certificate(String entityId, Instant issuedAt, Instant expiresAt);
	}

	private Optional<Row> row(String verifierId) {
		return jdbc.sql("SELECT ACCESS_CHAIN, PRIVATE_KEY, REGISTRATION FROM TRUST_VERIFIER WHERE VERIFIER_ID = ?")
				.param(verifierId)
				.query((rs, n) -> {
					String signed = rs.getString("REGISTRATION");
					return new Row(
							chain(rs.getString("ACCESS_CHAIN")),
							decode(sealer.open(rs.getString("PRIVATE_KEY"), verifierContext(verifierId))),
							signed,
							RegistrationCertificate.readOwn(signed));
				})
				.optional();
	}

	private record Row(CertificateChain access, PrivateKey key, String signed, RegistrationCertificate registration) {}

	/** The root, the authority that issues access certificates, and the registrar with its key. */
	private record Framework(
			CertificateAuthority rootCa,
			CertificateAuthority accessCa,
			CertificateChain registrar,
			PrivateKey registrarKey) {

		X509Certificate root() {
			return rootCa.root();
		}
	}

	private Framework framework() {
		Framework current = framework;
		if (current == null) {
			synchronized (this) {
				current = framework;
				if (current == null) {
					current = load().orElseGet(this::create);
					framework = current;
				}
			}
		}
		return current;
	}

	private Optional<Framework> load() {
		Optional<Stored> root = stored(ROOT);
		Optional<Stored> accessCa = stored(ACCESS_CA);
		Optional<Stored> registrar = stored(REGISTRAR);
		if (root.isEmpty() || accessCa.isEmpty() || registrar.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Framework(
				root.get().authority(),
				accessCa.get().authority(),
				registrar.get().chain(),
				registrar.get().key()));
	}

	private record Stored(CertificateChain chain, PrivateKey key) {

		CertificateAuthority authority() {
			return CertificateAuthority.of(new KeyPair(chain.leaf().getPublicKey(), key), chain.certificates());
		}
	}

	private Optional<Stored> stored(String name) {
		return jdbc.sql("SELECT CHAIN, PRIVATE_KEY FROM TRUST_AUTHORITY WHERE NAME = ?")
				.param(name)
				.query((rs, n) -> new Stored(
						chain(rs.getString("CHAIN")),
						decode(sealer.open(rs.getString("PRIVATE_KEY"), authorityContext(name)))))
				.optional();
	}

	/** Makes the framework, or reads the one another instance made first. */
	private Framework create() {
		Instant now = clock.instant();
		CertificateAuthority root = CertificateAuthority.root("ConsentLab classroom root", now, AUTHORITY_VALIDITY);
		CertificateAuthority accessCa =
				root.intermediate("ConsentLab access certificate authority", now, AUTHORITY_VALIDITY);
		KeyPair registrarKeys = CertificateAuthority.newKeyPair();
		CertificateChain registrar =
				root.issue("ConsentLab registrar", registrarKeys.getPublic(), now, AUTHORITY_VALIDITY);
		try {
			insert(ROOT, root.chain(), root.keys().getPrivate(), now);
			insert(ACCESS_CA, accessCa.chain(), accessCa.keys().getPrivate(), now);
			insert(REGISTRAR, registrar.certificates(), registrarKeys.getPrivate(), now);
		} catch (DuplicateKeyException otherInstance) {
			return load().orElseThrow(
							() -> new IllegalStateException("the trust framework is half made", otherInstance));
		}
		return new Framework(root, accessCa, registrar, registrarKeys.getPrivate());
	}

	private void insert(String name, List<X509Certificate> chain, PrivateKey key, Instant now) {
		jdbc.sql("INSERT INTO TRUST_AUTHORITY (NAME, CHAIN, PRIVATE_KEY, CREATED_AT) VALUES (?, ?, ?, ?)")
				.params(
						name,
						Json.write(CertificateChain.of(chain).toX5c()),
						sealer.seal(encode(key), authorityContext(name)),
						Timestamp.from(now))
				.update();
	}

	/** What a sealed key is bound to, so one copied into another row does not open. */
	private static String authorityContext(String name) {
		return "TRUST_AUTHORITY/" + name;
	}

	private static String verifierContext(String verifierId) {
		return "TRUST_VERIFIER/" + verifierId;
	}

	private static boolean expiresWithin(X509Certificate certificate, Instant now) {
		return certificate.getNotAfter().toInstant().isBefore(now.plus(RENEW_BEFORE));
	}

	private static CertificateChain chain(String x5cJson) {
		List<String> x5c = Json.parseArray(x5cJson, 2, VerificationErrorCode.MALFORMED_SD_JWT).stream()
				.map(String.class::cast)
				.toList();
		return CertificateChain.fromX5c(x5c);
	}

	private static String encode(PrivateKey key) {
		return Base64.getEncoder().encodeToString(key.getEncoded());
	}

	private static PrivateKey decode(String pkcs8) {
		try {
			return KeyFactory.getInstance("EC")
					.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8)));
		} catch (GeneralSecurityException ex) {
			throw new IllegalStateException("a stored trust key does not read back", ex);
		}
	}
}
