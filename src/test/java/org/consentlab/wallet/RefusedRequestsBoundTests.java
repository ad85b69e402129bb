package org.consentlab.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.consentlab.credential.oid4vp.RequestObjectException.Failure;
import org.consentlab.support.RunningApp;
import org.consentlab.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The wallet keeps each learner's newest {@link RefusedRequests#KEPT} refusals and no more, so a
 * flood of forged links cannot fill the table, and one learner's flood never removes another's.
 */
class RefusedRequestsBoundTests {

	private static RunningApp app;

	private static JdbcClient jdbc;

	@BeforeAll
	static void start() {
		app = RunningApp.solo();
		jdbc = app.bean(JdbcClient.class);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void recordWhenMoreThanKeptThenOnlyTheNewestStayAndOthersAreUntouched() {
		long ada = TestAccounts.learner(jdbc, "ada-refusals", 1);
		long bea = TestAccounts.learner(jdbc, "bea-refusals", 2);
		RefusedRequests refusals = app.bean(RefusedRequests.class);
		refusals.record(bea, Failure.NOT_SIGNED);
		refusals.record(bea, Failure.BAD_SIGNATURE);
		Failure[] cycle = Failure.values();
		List<Failure> recorded = new ArrayList<>();
		for (int i = 0; i < RefusedRequests.KEPT + 7; i++) {
			Failure failure = cycle[i % cycle.length];
			refusals.record(ada, failure);
			recorded.add(failure);
		}
		List<Failure> newestFirst = new ArrayList<>(recorded.subList(7, recorded.size()));
		Collections.reverse(newestFirst);

		assertThat(count(ada)).isEqualTo(RefusedRequests.KEPT);
		assertThat(refusals.of(ada)).containsExactlyElementsOf(newestFirst);
		assertThat(refusals.of(bea)).containsExactly(Failure.BAD_SIGNATURE, Failure.NOT_SIGNED);
	}

	@Test
	void recordWhenBelowTheBoundThenNothingIsDropped() {
		long cem = TestAccounts.learner(jdbc, "cem-refusals", 3);
		RefusedRequests refusals = app.bean(RefusedRequests.class);
		for (int i = 0; i < RefusedRequests.KEPT; i++) {
			refusals.record(cem, Failure.CLIENT_ID_MISMATCH);
		}
		assertThat(count(cem)).isEqualTo(RefusedRequests.KEPT);
	}

	private static int count(long account) {
		return jdbc.sql("SELECT COUNT(*) FROM WALLET_REFUSAL WHERE ACCOUNT_ID = ?")
				.param(account)
				.query(Integer.class)
				.single();
	}
}
