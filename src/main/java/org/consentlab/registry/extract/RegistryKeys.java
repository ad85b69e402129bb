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

	RegistryKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
								base64.encodeToString(fresh.getPrivate().getEncoded()),
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
				.query((rs, n) -> new Stored(rs.getString(1), rs.getString(2)))
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
