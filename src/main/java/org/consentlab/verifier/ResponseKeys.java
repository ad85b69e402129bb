package org.consentlab.verifier;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.Optional;
import org.consentlab.credential.jose.Base64Url;
import org.consentlab.credential.oid4vp.ClientMetadata;
import org.consentlab.secrets.PrivateKeySealer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ephemeral P-256 key each signed transaction's answer is encrypted to (OpenID4VP 1.0 §8.3,
 * ECDH-ES), whether the request went by link ({@code direct_post.jwt}, §8.3.1) or through the
 * browser ({@code dc_api.jwt}, Appendix A.2): made when the transaction starts, its public half
 * sent in {@code client_metadata} and kept, so the request can still be shown once decided, its
 * private half sealed in the transaction's row and erased when the transaction is decided. The key
 * id is random and unique: the JWE's {@code kid} finds the transaction before anything is decrypted.
 */
@Component
class ResponseKeys {

	private final JdbcClient jdbc;

	private final PrivateKeySealer sealer;

	private final SecureRandom random = new SecureRandom();

	ResponseKeys(JdbcClient jdbc, PrivateKeySealer sealer) {
		this.jdbc = jdbc;
		this.sealer = sealer;
	}

	/** Makes and stores the key of transaction {@code tx}. */
	void create(Transaction tx) {
		byte[] id = new byte[18];
		random.nextBytes(id);
		ECKey key;
		try {
			key = new ECKeyGenerator(Curve.P_256)
					.keyID(Base64Url.encode(id))
					.keyUse(KeyUse.ENCRYPTION)
					.algorithm(JWEAlgorithm.ECDH_ES)
					.generate();
		} catch (JOSEException ex) {
			throw new IllegalStateException("P-256 key generation is always available", ex);
		}
		jdbc.sql("UPDATE VERIFIER_TRANSACTION SET RESPONSE_KEY_ID = ?, RESPONSE_KEY = ?, RESPONSE_PUBLIC_KEY = ? "
						+ "WHERE ID = ?")
				.params(
						key.getKeyID(),
						sealer.seal(key.toJSONString(), context(key.getKeyID())),
						key.toPublicJWK().toJSONString(),
						tx.id())
				.update();
	}

	/**
	 * What the request tells the wallet: the public key and the content encryptions accepted; empty
	 * for a transaction that never had a key (an unsigned request).
	 */
	Optional<ClientMetadata> metadata(Transaction tx) {
		return publicKey(tx).map(key -> new ClientMetadata(key, ClientMetadata.SUPPORTED));
	}

	/** The public half, kept after the decision; a row from before it was kept falls back on the private half. */
	private Optional<ECKey> publicKey(Transaction tx) {
		Optional<ECKey> kept = jdbc.sql("SELECT RESPONSE_PUBLIC_KEY FROM VERIFIER_TRANSACTION WHERE ID = ?")
				.param(tx.id())
				.query(String.class)
				.optional()
				.map(ResponseKeys::parse);
		return kept.isPresent() ? kept : privateKey(tx).map(ECKey::toPublicJWK);
	}

	/** The private key of a transaction still waiting for its answer; empty once decided. */
	Optional<ECKey> privateKey(Transaction tx) {
		record Row(String id, String sealed) {}
		return jdbc.sql("SELECT RESPONSE_KEY_ID, RESPONSE_KEY FROM VERIFIER_TRANSACTION WHERE ID = ?")
				.param(tx.id())
				.query((rs, n) -> new Row(rs.getString(1), rs.getString(2)))
				.optional()
				.filter(row -> row.id() != null && row.sealed() != null)
				.map(row -> parse(sealer.open(row.sealed(), context(row.id()))));
	}

	private static String context(String kid) {
		return "VERIFIER_TRANSACTION/" + kid;
	}

	private static ECKey parse(String json) {
		try {
			return ECKey.parse(json);
		} catch (ParseException ex) {
			throw new IllegalStateException("a stored response key does not read back", ex);
		}
	}
}
