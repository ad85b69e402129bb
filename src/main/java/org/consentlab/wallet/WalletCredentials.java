package org.consentlab.wallet;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.consentlab.labs.ProgressEvent.LabReset;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credentials of every learner's wallet. Every read names the learner: no method returns
 * another learner's credential. Resetting lab L7 empties the learner's wallet.
 */
@Service
public class WalletCredentials {

	private static final String COLUMNS = "ID, ACCOUNT_ID, ISSUER, VCT, SD_JWT, HOLDER_JWK, TRACE, RECEIVED_AT";

	private final JdbcClient jdbc;

	WalletCredentials(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The learner's credentials, newest first. */
	public List<HeldCredential> of(long accountId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM WALLET_CREDENTIAL WHERE ACCOUNT_ID = ? ORDER BY ID DESC")
			.param(accountId)
			.query(WalletCredentials::map)
			.list();
	}

	public Optional<HeldCredential> find(long accountId, long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM WALLET_CREDENTIAL WHERE ACCOUNT_ID = ? AND ID = ?")
			.params(accountId, id)
			.query(WalletCredentials::map)
			.optional();
	}

	@Transactional
	HeldCredential add(long accountId, String issuer, String vct, String sdJwt, String holderJwk, String trace) {
		jdbc.sql("INSERT INTO WALLET_CREDENTIAL (ACCOUNT_ID, ISSUER, VCT, SD_JWT, HOLDER_JWK, TRACE, RECEIVED_AT) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(accountId, issuer, vct, sdJwt, holderJwk, trace, Timestamp.from(Instant.now()))
			.update();
		return of(accountId).get(0);
	}

	@Transactional
	boolean delete(long accountId, long id) {
		return jdbc.sql("DELETE FROM WALLET_CREDENTIAL WHERE ACCOUNT_ID = ? AND ID = ?").params(accountId, id).update() == 1;
	}

	@EventListener
	@Transactional
	void on(LabReset reset) {
		if ("L7".equals(reset.labId())) {
			jdbc.sql("DELETE FROM WALLET_CREDENTIAL WHERE ACCOUNT_ID = ?").param(reset.accountId()).update();
		}
	}

	private static HeldCredential map(ResultSet rs, int row) throws SQLException {
		return new HeldCredential(rs.getLong("ID"), rs.getLong("ACCOUNT_ID"), rs.getString("ISSUER"),
				rs.getString("VCT"), rs.getString("SD_JWT"), rs.getString("HOLDER_JWK"), rs.getString("TRACE"),
				rs.getTimestamp("RECEIVED_AT").toInstant());
	}
}
