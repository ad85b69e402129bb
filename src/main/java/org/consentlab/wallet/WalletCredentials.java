package org.consentlab.wallet;

import com.nimbusds.jose.jwk.JWK;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consentlab.credential.oid4vci.CredentialOffer;
import org.consentlab.sandbox.SandboxPart;
import org.consentlab.secrets.PrivateKeySealer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credentials of every learner's wallet. Every read names the learner: no method returns
 * another learner's credential. Its sandbox part empties the learner's wallet.
 */
@Service
public class WalletCredentials implements HolderKeys {

	private static final String COLUMNS =
			"ID, ACCOUNT_ID, ISSUER, VCT, SD_JWT, HOLDER_JWK, TRACE, RECEIVED_AT, BATCH_KEY, USED_AT";

	private final JdbcClient jdbc;

	private final PrivateKeySealer sealer;

	WalletCredentials(JdbcClient jdbc, PrivateKeySealer sealer) {
		this.jdbc = jdbc;
		this.sealer = sealer;
		sealPlaintextKeys();
	}

	/** Holder keys stored before sealing existed are sealed once, at start-up (docs/security-and-tls.md). */
	private void sealPlaintextKeys() {
		jdbc.sql("SELECT ID, ACCOUNT_ID, HOLDER_JWK FROM WALLET_CREDENTIAL WHERE HOLDER_JWK NOT LIKE ?")
				.param(PrivateKeySealer.PREFIX + "%")
				.query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)})
				.list()
				.forEach(row -> jdbc.sql("UPDATE WALLET_CREDENTIAL SET HOLDER_JWK = ? WHERE ID = ? AND HOLDER_JWK = ?")
						.params(sealer.seal((String) row[2], context((Long) row[1])), row[0], row[2])
						.update());
	}

	/** What a sealed holder key is bound to: its owner, so it does not open in another learner's row. */
	private static String context(long accountId) {
		return "WALLET_CREDENTIAL/" + accountId;
	}

	/** The learner's credentials, newest first. */
	public List<HeldCredential> of(long accountId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM WALLET_CREDENTIAL WHERE ACCOUNT_ID = ? ORDER BY ID DESC")
				.param(accountId)
				.query(this::map)
				.list();
	}

	public Optional<HeldCredential> find(long accountId, long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM WALLET_CREDENTIAL WHERE ACCOUNT_ID = ? AND ID = ?")
				.params(accountId, id)
				.query(this::map)
				.optional();
	}

	@Override
	public Optional<JWK> holderKey(long accountId, String issuerSignedJwt) {
		return of(accountId).stream()
				.filter(held -> held.sdJwt().startsWith(issuerSignedJwt + "~"))
				.map(HeldCredential::holderKey)
				.findFirst();
	}

	@Transactional
	HeldCredential add(long accountId, String issuer, String vct, String sdJwt, String holderJwk, String trace) {
		return addAll(accountId, issuer, vct, List.of(sdJwt), List.of(holderJwk), trace, null);
	}

	/**
	 * Stores credentials issued together; several become one batch of one-time credentials. Returns the
	 * newest. {@code offer} is the offer they came from (null when none), for {@link #receivedFrom}.
	 */
	@Transactional
	HeldCredential addAll(
			long accountId,
			String issuer,
			String vct,
			List<String> sdJwts,
			List<String> holderJwks,
			String trace,
			CredentialOffer offer) {
		String batchKey = sdJwts.size() > 1 ? UUID.randomUUID().toString() : null;
		for (int i = 0; i < sdJwts.size(); i++) {
			jdbc.sql("INSERT INTO WALLET_CREDENTIAL (ACCOUNT_ID, ISSUER, VCT, SD_JWT, HOLDER_JWK, TRACE, RECEIVED_AT,"
							+ " BATCH_KEY, OFFER_KEY) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
					.params(
							accountId,
							issuer,
							vct,
							sdJwts.get(i),
							sealer.seal(holderJwks.get(i), context(accountId)),
							trace,
							Timestamp.from(Instant.now()),
							batchKey,
							offer == null ? null : offerKey(offer))
					.update();
		}
		return of(accountId).get(0);
	}

	/**
	 * The newest credential the holder received through this very offer, if any: its pre-authorized
	 * code is redeemed once (OpenID4VCI 1.0 §4.1.1), so the same offer accepted again shows this one.
	 */
	Optional<Long> receivedFrom(long accountId, CredentialOffer offer) {
		return jdbc.sql("SELECT ID FROM WALLET_CREDENTIAL WHERE ACCOUNT_ID = ? AND OFFER_KEY = ?"
						+ " ORDER BY ID DESC FETCH FIRST 1 ROWS ONLY")
				.params(accountId, offerKey(offer))
				.query(Long.class)
				.optional();
	}

	private static String offerKey(CredentialOffer offer) {
		return RepeatKeys.of(offer.credentialIssuer(), offer.preAuthorizedCode());
	}

	/** A one-time credential was shown: the wallet will not show it again. */
	@Transactional
	void markUsed(long accountId, long id) {
		jdbc.sql("UPDATE WALLET_CREDENTIAL SET USED_AT = ? WHERE ACCOUNT_ID = ? AND ID = ? AND BATCH_KEY IS NOT NULL")
				.params(Timestamp.from(Instant.now()), accountId, id)
				.update();
	}

	@Transactional
	boolean delete(long accountId, long id) {
		// a batch is one card: deleting it deletes every one-time credential in it
		return jdbc.sql("DELETE FROM WALLET_CREDENTIAL WHERE ACCOUNT_ID = ? AND (ID = ? OR BATCH_KEY = "
								+ "(SELECT BATCH_KEY FROM WALLET_CREDENTIAL WHERE ACCOUNT_ID = ? AND ID = ?))")
						.params(accountId, id, accountId, id)
						.update()
				>= 1;
	}

	/** The wallet's credentials: clearing them empties the wallet, so issuance can be tried again. */
	@Component
	static class Part implements SandboxPart {

		private final JdbcClient jdbc;

		Part(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String id() {
			return "wallet.credentials";
		}

		@Override
		public void clear(long accountId) {
			jdbc.sql("DELETE FROM WALLET_CREDENTIAL WHERE ACCOUNT_ID = ?")
					.param(accountId)
					.update();
		}
	}

	private HeldCredential map(ResultSet rs, int row) throws SQLException {
		return new HeldCredential(
				rs.getLong("ID"),
				rs.getLong("ACCOUNT_ID"),
				rs.getString("ISSUER"),
				rs.getString("VCT"),
				rs.getString("SD_JWT"),
				sealer.open(rs.getString("HOLDER_JWK"), context(rs.getLong("ACCOUNT_ID"))),
				rs.getString("TRACE"),
				rs.getTimestamp("RECEIVED_AT").toInstant(),
				rs.getString("BATCH_KEY"),
				rs.getTimestamp("USED_AT") == null
						? null
						: rs.getTimestamp("USED_AT").toInstant());
	}
}
