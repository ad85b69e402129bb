package org.consentlab.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares the writes the app acknowledged during a load run (the file {@link AcknowledgedWrites}
 * wrote) with the rows in the database, after the run and any fault in it. A write is lost when the
 * database holds fewer rows of it than acknowledgements were seen. Prints {@code lost_writes=N} and
 * one line per lost write.
 *
 * <pre>java ... org.consentlab.load.LostWrites ACKS_FILE JDBC_URL USER PASSWORD</pre>
 */
public final class LostWrites {

	/** For each kind of write, how its rows are counted: by username and the written key. */
	private static final Map<String, String> COUNTS = Map.of(
			"account", "SELECT COUNT(*) FROM ACCOUNT WHERE USERNAME = ? AND ? IS NOT NULL",
			"answer",
					"SELECT COUNT(*) FROM TASK_ATTEMPT t JOIN ACCOUNT a ON a.ID = t.ACCOUNT_ID WHERE a.USERNAME = ? AND t.TASK_ID = ?",
			"hint",
					"SELECT COUNT(*) FROM HINT_REVEAL h JOIN ACCOUNT a ON a.ID = h.ACCOUNT_ID WHERE a.USERNAME = ? AND h.TASK_ID = ?",
			"enrol",
					"SELECT COUNT(*) FROM REGISTRY_ENROLMENT e JOIN ACCOUNT a ON a.ID = e.ACCOUNT_ID WHERE a.USERNAME = ? AND ? IS NOT NULL",
			"wallet",
					"SELECT COUNT(*) FROM WALLET_CREDENTIAL w JOIN ACCOUNT a ON a.ID = w.ACCOUNT_ID WHERE a.USERNAME = ? AND w.VCT = ?",
			"presentation",
					"SELECT COUNT(*) FROM WALLET_PRESENTATION p JOIN ACCOUNT a ON a.ID = p.ACCOUNT_ID WHERE a.USERNAME = ? AND ? IS NOT NULL");

	/** Kinds whose row is updated in place (one row however often acknowledged). */
	private static final List<String> ONE_ROW = List.of("account", "hint", "enrol");

	private LostWrites() {}

	public static void main(String[] args) throws Exception {
		if (args.length != 4) {
			System.err.println("usage: LostWrites ACKS_FILE JDBC_URL USER PASSWORD");
			System.exit(2);
		}
		Map<String, Integer> acknowledged = new TreeMap<>();
		for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
			String[] f = line.split("\t", -1);
			if (f.length != 4) {
				continue; // a line cut by the end of the run
			}
			String kind = f[0];
			// presentations are counted per learner: the holder's record names the verifier by its display name
			String key = kind.equals("presentation") ? "*" : f[3];
			acknowledged.merge(kind + "\t" + f[1] + "\t" + key, 1, Integer::sum);
		}
		int lost = 0;
		StringBuilder detail = new StringBuilder();
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
			for (var entry : acknowledged.entrySet()) {
				String[] k = entry.getKey().split("\t", -1);
				int expected = ONE_ROW.contains(k[0]) ? 1 : entry.getValue();
				int found = count(db, COUNTS.get(k[0]), k[1], k[2]);
				if (found < expected) {
					lost += expected - found;
					detail.append(String.format(
							"lost: %s of %s (%s): acknowledged %d, in the database %d%n",
							k[0], k[1], k[2], expected, found));
				}
			}
		}
		System.out.print(detail);
		System.out.println("acknowledged_writes="
				+ acknowledged.values().stream().mapToInt(Integer::intValue).sum() + " lost_writes=" + lost);
	}

	private static int count(Connection db, String sql, String user, String key) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setString(1, user);
			statement.setString(2, key);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getInt(1);
			}
		}
	}
}
