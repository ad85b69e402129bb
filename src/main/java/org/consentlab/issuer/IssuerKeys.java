package org.consentlab.issuer;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.consentlab.credential.jose.Jwks;
import org.consentlab.credential.vc.JwtVcIssuerMetadata;
import org.consentlab.secrets.PrivateKeySealer;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each issuer's ES256 signing keys, generated in the app and kept in the database so that every
 * instance signs with, and publishes, the same keys. No key is ever written in the source or shared
 * with tests. One key signs; rotation makes a new one (a new {@code kid}) and keeps the old public
 * key published for a grace period, so what it signed still verifies: verifiers pick the key by the
 * JWS {@code kid} (RFC 7515 §4.1.4). A retired key is no longer published.
 */
@Component
class IssuerKeys {

	/** How long a rotated-out key stays published: longer than a verifier caches the metadata. */
	static final Duration GRACE = Duration.ofDays(7);

	private final JdbcClient jdbc;

	private final PrivateKeySealer sealer;

	IssuerKeys(JdbcClient jdbc, PrivateKeySealer sealer) {
		this.jdbc = jdbc;
		this.sealer = sealer;
		sealPlaintextKeys();
	}

	/** Keys stored before sealing existed are sealed once, at start-up (docs/security-and-tls.md). */
	private void sealPlaintextKeys() {
		jdbc
				.sql("SELECT ISSUER_ID, KID, PRIVATE_JWK FROM ISSUER_KEY")
				.query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3)))
				.list()
				.stream()
				.filter(row -> !PrivateKeySealer.isSealed(row.jwk()))
				.forEach(row -> jdbc.sql(
								"UPDATE ISSUER_KEY SET PRIVATE_JWK = ? WHERE ISSUER_ID = ? AND KID = ? AND PRIVATE_JWK = ?")
						.params(
								sealer.seal(row.jwk(), context(row.issuerId(), row.kid())),
								row.issuerId(),
								row.kid(),
								row.jwk())
						.update());
	}

	/** What a sealed key is bound to: a key copied into another issuer's row does not open. */
	static String context(String issuerId, String kid) {
		return "ISSUER_KEY/" + issuerId + "/" + kid;
	}

	/** The private key the issuer signs with now. Read each time, so a rotation on one instance applies to all. */
	JWK signingKey(String issuerId) {
		List<Stored> current = current(issuerId);
		if (current.isEmpty()) {
			current = createFirst(issuerId);
		}
		return current.get(0).key(sealer);
	}

	/**
	 * The issuer's first key, made once however many learners ask for it at the same moment: without
	 * the lock, a class opening the issuer together made one key each (22 in one load test), more
	 * than its metadata may publish. Two instances starting together may still each make one; the
	 * newest signs, and both are published.
	 */
	private synchronized List<Stored> createFirst(String issuerId) {
		List<Stored> current = current(issuerId);
		if (current.isEmpty()) {
			create(issuerId);
			current = current(issuerId);
		}
		return current;
	}

	/**
	 * The issuer's published public keys, newest first, for its JWKS: the signing key and those in
	 * their grace period, at most {@link JwtVcIssuerMetadata#MAX_KEYS} (after that many rotations
	 * within a grace period, the oldest leave early).
	 */
	List<JWK> publicKeys(String issuerId) {
		signingKey(issuerId);
		return jdbc
				.sql(
						"SELECT ISSUER_ID, KID, PRIVATE_JWK FROM ISSUER_KEY WHERE ISSUER_ID = ? AND (RETIRED_AT IS NULL OR RETIRED_AT > ?) "
								+ "ORDER BY CREATED_AT DESC")
				.params(issuerId, Timestamp.from(Instant.now()))
				.query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3)))
				.list()
				.stream()
				.limit(JwtVcIssuerMetadata.MAX_KEYS)
				.map(row -> row.key(sealer).toPublicJWK())
				.toList();
	}

	/** A new signing key; the old one stays published for {@link #GRACE}. Returns the new kid. */
	@Transactional
	String rotate(String issuerId) {
		signingKey(issuerId);
		Instant now = Instant.now();
		jdbc.sql("UPDATE ISSUER_KEY SET RETIRED_AT = ? WHERE ISSUER_ID = ? AND RETIRED_AT IS NULL")
				.params(Timestamp.from(now.plus(GRACE)), issuerId)
				.update();
		JWK key = Jwks.generate(JWSAlgorithm.ES256);
		insert(issuerId, key, now);
		return key.getKeyID();
	}

	/** Ends the grace period now: rotated-out keys leave the JWKS, and what they signed no longer verifies. */
	@Transactional
	int retireOldKeys(String issuerId) {
		Instant now = Instant.now();
		return jdbc.sql("UPDATE ISSUER_KEY SET RETIRED_AT = ? WHERE ISSUER_ID = ? AND RETIRED_AT > ?")
				.params(Timestamp.from(now), issuerId, Timestamp.from(now))
				.update();
	}

	private void create(String issuerId) {
		try {
			insert(issuerId, Jwks.generate(JWSAlgorithm.ES256), Instant.now());
		} catch (DataAccessException raceWithAnotherInstance) {
			// another instance stored its key first: use that one
		}
	}

	private void insert(String issuerId, JWK key, Instant now) {
		jdbc.sql("INSERT INTO ISSUER_KEY (ISSUER_ID, KID, PRIVATE_JWK, CREATED_AT) VALUES (?, ?, ?, ?)")
				.params(
						issuerId,
						key.getKeyID(),
						sealer.seal(key.toJSONString(), context(issuerId, key.getKeyID())),
						Timestamp.from(now))
				.update();
	}

	private List<Stored> current(String issuerId) {
		return jdbc.sql(
						"SELECT ISSUER_ID, KID, PRIVATE_JWK FROM ISSUER_KEY WHERE ISSUER_ID = ? AND RETIRED_AT IS NULL ORDER BY CREATED_AT DESC")
				.param(issuerId)
				.query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3)))
				.list();
	}

	/** A row of ISSUER_KEY, its private JWK still sealed. */
	private record Stored(String issuerId, String kid, String jwk) {

		JWK key(PrivateKeySealer sealer) {
			return Jwks.parse(sealer.open(jwk, context(issuerId, kid)));
		}
	}
}
