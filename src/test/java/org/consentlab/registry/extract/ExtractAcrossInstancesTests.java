package org.consentlab.registry.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.consentlab.support.Postgres;
import org.consentlab.support.RunningApp;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances on one PostgreSQL, as in classroom mode behind a load balancer: an offline extract
 * signed on either verifies on the other, because the Registry's key lives in the database, made
 * once by whichever instance signed first.
 */
class ExtractAcrossInstancesTests {

	@Test
	void extractWhenSignedOnOneInstanceThenVerifiesOnTheOther() {
		String database = Postgres.newDatabase();
		try (RunningApp first = RunningApp.classroom(database);
				RunningApp second = RunningApp.classroom(database)) {
			OfflineExtract one = first.bean(OfflineExtract.class);
			OfflineExtract two = second.bean(OfflineExtract.class);

			String fromFirst = one.sign(Map.of(OfflineExtract.Field.NAME, "Amira Haddad"));
			String fromSecond = two.sign(Map.of(OfflineExtract.Field.NATIONALITY, "Kazakhstan"));

			assertThat(two.verify(fromFirst)).contains(Map.of(OfflineExtract.Field.NAME, "Amira Haddad"));
			assertThat(one.verify(fromSecond)).contains(Map.of(OfflineExtract.Field.NATIONALITY, "Kazakhstan"));
			String forged =
					fromFirst.substring(0, fromFirst.indexOf('.')) + fromSecond.substring(fromSecond.indexOf('.'));
			assertThat(two.verify(forged)).isEqualTo(Optional.empty());
			assertThat(first.bean(JdbcClient.class)
							.sql("SELECT COUNT(*) FROM REGISTRY_KEY WHERE NAME = ?")
							.param(RegistryKeys.OFFLINE_EXTRACT)
							.query(Long.class)
							.single())
					.isEqualTo(1L);
		}
	}
}
