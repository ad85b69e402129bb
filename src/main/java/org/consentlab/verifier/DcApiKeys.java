package org.consentlab.verifier;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.text.ParseException;
import java.util.Optional;
import org.consentlab.secrets.PrivateKeySealer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The per-request part of a request through the Digital Credentials API: the origin it names and
 * the ephemeral P-256 key its answer is encrypted to (OpenID4VP 1.0 Appendix A.2, §8.3). The
 * private half is sealed at rest like every private key of the app, bound to its transaction, and
 * forgotten once an answer has been read.
 */
@Component
class DcApiKeys {

	/** A request's stored part; {@code sealedPrivateKey} is null once the key was used. */
	record Stored(String expectedOrigin, ECKey publicKey, String sealedPrivateKey) {

		boolean used() {
			return sealedPrivateKey == null;
		}
	}

	private final JdbcClient jdbc;

	private final PrivateKeySealer sealer;

	DcApiKeys(JdbcClient jdbc, PrivateKeySealer sealer) {
		this.jdbc = jdbc;
		this.sealer = sealer;
	}

	/** Makes the key for {@code tx}: {@code use: enc}, {@code alg: ECDH-ES} and a kid, as §8.3 asks. */
	void create(Transaction tx, String expectedOrigin) {
		ECKey key;
		try {
			key = new ECKeyGenerator(Curve.P_256)
					.keyUse(KeyUse.ENCRYPTION)
					.algorithm(JWEAlgorithm.ECDH_ES)
					.keyIDFromThumbprint(true)
					.generate();
		} catch (JOSEException ex) {
			throw new IllegalStateException("P-256 key generation is always available", ex);
		}
		jdbc.sql("INSERT INTO VERIFIER_DC_API_REQUEST (TRANSACTION_ID, EXPECTED_ORIGIN, PUBLIC_KEY, PRIVATE_KEY) "
						+ "VALUES (?, ?, ?, ?)")
				.params(
						tx.id(),
						expectedOrigin,
						key.toPublicJWK().toJSONString(),
						sealer.seal(key.toJSONString(), context(tx)))
				.update();
	}

	/** The stored part of {@code tx}; empty when it is not a request through the browser. */
	Optional<Stored> find(Transaction tx) {
		return jdbc.sql("SELECT EXPECTED_ORIGIN, PUBLIC_KEY, PRIVATE_KEY FROM VERIFIER_DC_API_REQUEST "
						+ "WHERE TRANSACTION_ID = ?")
				.param(tx.id())
				.query((rs, n) -> new Stored(rs.getString(1), parse(rs.getString(2)), rs.getString(3)))
				.optional();
	}

	/** The private key, opened; only for a stored part that is not {@link Stored#used()}. */
	ECKey privateKey(Transaction tx, Stored stored) {
		return parse(sealer.open(stored.sealedPrivateKey(), context(tx)));
	}

	/** An ephemeral key serves one answer; once read, the verifier has no use for it. */
	void forget(Transaction tx) {
		jdbc.sql("UPDATE VERIFIER_DC_API_REQUEST SET PRIVATE_KEY = NULL WHERE TRANSACTION_ID = ?")
				.param(tx.id())
				.update();
	}

	private static ECKey parse(String jwk) {
		try {
			return ECKey.parse(jwk);
		} catch (ParseException ex) {
			throw new IllegalStateException("a stored DC API key does not read back", ex);
		}
	}

	/** What the sealed key is bound to, so one copied into another row does not open. */
	private static String context(Transaction tx) {
		return "VERIFIER_DC_API_REQUEST/" + tx.id();
	}
}
