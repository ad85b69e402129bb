package org.consentlab.issuer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import org.consentlab.credential.jose.Jwks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each issuer's ES256 signing key, generated the first time the issuer signs and kept in the
 * database so that every instance of the app signs with, and publishes, the same key. No key is
 * ever written in the source or shared with tests. The newest key signs; all keys are published,
 * so a rotated-out key still verifies what it signed.
 */
@Component
class IssuerKeys {

	private final JdbcClient jdbc;

	private final Map<String, JWK> signing = new ConcurrentHashMap<>();

	IssuerKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The private key the issuer signs with now. */
	JWK signingKey(String issuerId) {
		return signing.computeIfAbsent(issuerId, this::loadOrCreate);
	}

	/** Every public key of the issuer, newest first, for its JWKS. */
	List<JWK> publicKeys(String issuerId) {
		signingKey(issuerId);
		return jdbc.sql("SELECT PRIVATE_JWK FROM ISSUER_KEY WHERE ISSUER_ID = ? ORDER BY CREATED_AT DESC")
			.param(issuerId)
			.query(String.class)
			.list()
			.stream()
			.map(json -> Jwks.parse(json).toPublicJWK())
			.toList();
	}

	private JWK loadOrCreate(String issuerId) {
		List<String> stored = newest(issuerId);
		if (stored.isEmpty()) {
			JWK key = Jwks.generate(JWSAlgorithm.ES256);
			try {
				jdbc.sql("INSERT INTO ISSUER_KEY (ISSUER_ID, KID, PRIVATE_JWK, CREATED_AT) VALUES (?, ?, ?, ?)")
					.params(issuerId, key.getKeyID(), key.toJSONString(), Timestamp.from(Instant.now()))
					.update();
			}
			catch (org.springframework.dao.DataAccessException raceWithAnotherInstance) {
				// another instance stored its key first: use that one
			}
			stored = newest(issuerId);
		}
		return Jwks.parse(stored.get(0));
	}

	private List<String> newest(String issuerId) {
		return jdbc.sql("SELECT PRIVATE_JWK FROM ISSUER_KEY WHERE ISSUER_ID = ? ORDER BY CREATED_AT DESC")
			.param(issuerId)
			.query(String.class)
			.list();
	}
}
