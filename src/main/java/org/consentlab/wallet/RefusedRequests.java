package org.consentlab.wallet;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.consentlab.credential.oid4vp.RequestObjectException;
import org.consentlab.sandbox.SandboxPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/**
 * The requests the wallet refused before showing any consent screen, by the check that failed
 * (OpenID4VP 1.0 §5.9.3): only the code is kept, nothing of the request, since a refused request
 * is a stranger's words. Kept per learner and bounded, so lab L13 can read the learner's own.
 */
@Service
public class RefusedRequests {

	/** Refusals kept per learner: the newest; enough for a lab, and a forged link cannot fill the table. */
	static final int KEPT = 20;

	private final JdbcClient jdbc;

	RefusedRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The codes of the checks that refused this learner's requests, newest first. */
	public List<RequestObjectException.Failure> of(long accountId) {
		return jdbc.sql("SELECT CODE FROM WALLET_REFUSAL WHERE ACCOUNT_ID = ? ORDER BY ID DESC")
				.param(accountId)
				.query((rs, row) -> RequestObjectException.Failure.valueOf(rs.getString(1)))
				.list();
	}

	void record(long accountId, RequestObjectException.Failure failure) {
		jdbc.sql("INSERT INTO WALLET_REFUSAL (ACCOUNT_ID, CODE, CREATED_AT) VALUES (?, ?, ?)")
				.params(accountId, failure.name(), Timestamp.from(Instant.now()))
				.update();
		jdbc.sql("DELETE FROM WALLET_REFUSAL WHERE ACCOUNT_ID = ? AND ID NOT IN (SELECT ID FROM "
						+ "(SELECT ID FROM WALLET_REFUSAL WHERE ACCOUNT_ID = ? ORDER BY ID DESC LIMIT " + KEPT
						+ ") AS KEPT)")
				.params(accountId, accountId)
				.update();
	}

	/** The wallet's record of refused requests. */
	@Component
	static class Part implements SandboxPart {

		private final JdbcClient jdbc;

		Part(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String id() {
			return "wallet.refusals";
		}

		@Override
		public void clear(long accountId) {
			jdbc.sql("DELETE FROM WALLET_REFUSAL WHERE ACCOUNT_ID = ?")
					.param(accountId)
					.update();
		}
	}
}
