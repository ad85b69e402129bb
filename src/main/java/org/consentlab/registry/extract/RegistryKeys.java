package org.consentlab.registry.extract;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.consentlab.secrets.PrivateKeySealer;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Registry's Ed25519 key pairs, one per role, made the first time a role signs and kept in the
 * database so that every instance of the app on that database signs and verifies with the same
 * key. Two instances starting together both try to insert; the primary key lets one win and the
 * other reads the winner's key. No key is written in the source or shared with tests.
 */
@Component
class RegistryKeys {

	/** The role of the key that signs offline extracts. */
	static final String OFFLINE_EXTRACT = "offline-extract";

	private static final String ALGORITHM = "Ed25519";

	private final JdbcClient jdbc;

	private final Map<String, KeyPair> loaded = new ConcurrentHashMap<>();

	private final PrivateKeySealer sealer;

	RegistryKeys(JdbcClient jdbc, PrivateKeySealer sealer) {
		this.jdbc = jdbc;
		this.sealer = sealer;
		sealPlaintextKeys();
	}

	/** Keys stored before sealing existed are sealed once, at start-up (docs/security-and-tls.md). */
	private void sealPlaintextKeys() {
		jdbc
				.sql("SELECT NAME, PRIVATE_KEY FROM REGISTRY_KEY")
				.query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
				.list()
				.stream()
				.filter(row -> !PrivateKeySealer.isSealed(row[1]))
				.forEach(row -> jdbc.sql("UPDATE REGISTRY_KEY SET PRIVATE_KEY = ? WHERE NAME = ? AND PRIVATE_KEY = ?")
						.params(sealer.seal(row[1], context(row[0])), row[0], row[1])
						.update());
	}

	/** What a sealed key is bound to: a key copied into another role's row does not open. */
	private static String context(String role) {
		return "REGISTRY_KEY/" + role;
	}

	/** The key pair of {@code role}, created and stored on first use. */
	KeyPair keyPair(String role) {
		return loaded.computeIfAbsent(role, this::loadOrCreate);
	}

	private KeyPair loadOrCreate(String role) {
		List<Stored> stored = read(role);
		if (stored.isEmpty()) {
			KeyPair fresh = generate();
			Base64.Encoder base64 = Base64.getEncoder();
			try {
				jdbc.sql(
								"INSERT INTO REGISTRY_KEY (NAME, ALGORITHM, PRIVATE_KEY, PUBLIC_KEY, CREATED_AT) VALUES (?, ?, ?, ?, ?)")
						.params(
								role,
								ALGORITHM,
								sealer.seal(
										base64.encodeToString(fresh.getPrivate().getEncoded()), context(role)),
								base64.encodeToString(fresh.getPublic().getEncoded()),
								Timestamp.from(Instant.now()))
						.update();
			} catch (DataAccessException raceWithAnotherInstance) {
				// another instance stored its key first: use that one
			}
			stored = read(role);
		}
		return stored.get(0).toKeyPair();
	}

	private List<Stored> read(String role) {
		return jdbc.sql("SELECT PRIVATE_KEY, PUBLIC_KEY FROM REGISTRY_KEY WHERE NAME = ?")
				.param(role)
				.query((rs, n) -> new Stored(sealer.open(rs.getString(1), context(role)), rs.getString(2)))
				.list();
	}

	private static KeyPair generate() {
		try {
			return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
		}
	}

	private record Stored(String privateKey, String publicKey) {

		KeyPair toKeyPair() {
			try {
				KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
				Base64.Decoder base64 = Base64.getDecoder();
				return new KeyPair(
						factory.generatePublic(new X509EncodedKeySpec(base64.decode(publicKey))),
						factory.generatePrivate(new PKCS8EncodedKeySpec(base64.decode(privateKey))));
			} catch (GeneralSecurityException e) {
				throw new IllegalStateException("The stored Registry key cannot be read", e);
			}
		}
	}
}
