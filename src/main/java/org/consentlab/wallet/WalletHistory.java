package org.consentlab.wallet;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.consentlab.sandbox.SandboxPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The holder's own record of presentation requests: who learned what, when, or who was refused. */
@Service
public class WalletHistory {

	/** What the holder did with a request. */
	public enum Outcome {

		/** Sent, and the verifier accepted the presentation. */
		ACCEPTED,
		/** Sent, and the verifier refused it. */
		REFUSED,
		/** The holder declined to share anything. */
		DECLINED
	}

	/** One entry; {@code claims} is the comma-separated list of claims sent (empty when declined). */
	public record Entry(String verifierName, String clientId, String claims, Outcome outcome, Instant at) {}

	private final JdbcClient jdbc;

	WalletHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Entry> of(long accountId) {
		return jdbc.sql("SELECT VERIFIER_NAME, CLIENT_ID, CLAIMS, OUTCOME, CREATED_AT FROM WALLET_PRESENTATION "
						+ "WHERE ACCOUNT_ID = ? ORDER BY ID DESC")
				.param(accountId)
				.query((rs, row) -> new Entry(
						rs.getString(1),
						rs.getString(2),
						rs.getString(3),
						Outcome.valueOf(rs.getString(4)),
						rs.getTimestamp(5).toInstant()))
				.list();
	}

	@Transactional
	void record(long accountId, ConsentRequest request, List<String> claims, Outcome outcome) {
		jdbc.sql("INSERT INTO WALLET_PRESENTATION (ACCOUNT_ID, VERIFIER_NAME, CLIENT_ID, CLAIMS, OUTCOME, CREATED_AT) "
						+ "VALUES (?, ?, ?, ?, ?, ?)")
				.params(
						accountId,
						request.verifierName(),
						request.clientId(),
						String.join(", ", claims),
						outcome.name(),
						Timestamp.from(Instant.now()))
				.update();
	}

	/** The wallet's record of what it presented to whom. */
	@Component
	static class Part implements SandboxPart {

		private final JdbcClient jdbc;

		Part(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String id() {
			return "wallet.presentations";
		}

		@Override
		public void clear(long accountId) {
			jdbc.sql("DELETE FROM WALLET_PRESENTATION WHERE ACCOUNT_ID = ?")
					.param(accountId)
					.update();
		}
	}
}
