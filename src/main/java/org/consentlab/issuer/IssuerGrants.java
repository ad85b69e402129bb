package org.consentlab.issuer;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.consentlab.credential.jose.Base64Url;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The short-lived secrets of the pre-authorised code flow: pre-authorised codes (OpenID4VCI 1.0
 * §4.1.1, single use), access tokens (§6.2) and c_nonces (§7, single use). 256 random bits each,
 * in the database so any instance can redeem them.
 */
@Component
class IssuerGrants {

	/** What a secret is for, and how long it lives. */
	enum Kind {

		PRE_AUTHORIZED_CODE(Duration.ofMinutes(10)), ACCESS_TOKEN(Duration.ofMinutes(10)), C_NONCE(Duration.ofMinutes(5));

		final Duration lifetime;

		Kind(Duration lifetime) {
			this.lifetime = lifetime;
		}

	}

	private final JdbcClient jdbc;

	private final SecureRandom random = new SecureRandom();

	IssuerGrants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A fresh secret of this kind, for the learner {@code accountId} (null for a c_nonce). */
	@Transactional
	String create(Kind kind, String issuerId, Long accountId) {
		Instant now = Instant.now();
		jdbc.sql("DELETE FROM ISSUER_GRANT WHERE EXPIRES_AT < ?").param(Timestamp.from(now)).update();
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = Base64Url.encode(bytes);
		jdbc.sql("INSERT INTO ISSUER_GRANT (SECRET, KIND, ISSUER_ID, ACCOUNT_ID, EXPIRES_AT) VALUES (?, ?, ?, ?, ?)")
			.params(secret, kind.name(), issuerId, accountId, Timestamp.from(now.plus(kind.lifetime)))
			.update();
		return secret;
	}

	/** The learner a live secret belongs to; the secret stays valid. Empty when unknown or expired. */
	Optional<Long> holder(Kind kind, String issuerId, String secret) {
		return jdbc.sql("SELECT ACCOUNT_ID FROM ISSUER_GRANT WHERE SECRET = ? AND KIND = ? AND ISSUER_ID = ? AND EXPIRES_AT > ?")
			.params(secret, kind.name(), issuerId, Timestamp.from(Instant.now()))
			.query(Long.class)
			.optional();
	}

	/** Uses a live secret up: true exactly once, for the one caller whose delete took it. */
	@Transactional
	boolean consume(Kind kind, String issuerId, String secret) {
		return jdbc.sql("DELETE FROM ISSUER_GRANT WHERE SECRET = ? AND KIND = ? AND ISSUER_ID = ? AND EXPIRES_AT > ?")
			.params(secret, kind.name(), issuerId, Timestamp.from(Instant.now()))
			.update() == 1;
	}
}
