package org.consentlab.registry.policy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consentlab.registry.Agency;
import org.consentlab.registry.DataCategory;
import org.consentlab.sandbox.SandboxPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The access policy a learner saved in lab L6, part of their sandbox. */
@Service
public class PolicyStore {

	private final JdbcClient jdbc;

	PolicyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void save(long accountId, AccessPolicy policy) {
		jdbc.sql("DELETE FROM REGISTRY_POLICY_GRANT WHERE ACCOUNT_ID = ?")
				.param(accountId)
				.update();
		jdbc.sql("DELETE FROM REGISTRY_POLICY_SAVED WHERE ACCOUNT_ID = ?")
				.param(accountId)
				.update();
		jdbc.sql("INSERT INTO REGISTRY_POLICY_SAVED (ACCOUNT_ID, SAVED_AT) VALUES (?, ?)")
				.params(accountId, Timestamp.from(Instant.now()))
				.update();
		policy.access()
				.forEach((agency, categories) -> categories.forEach(category -> jdbc.sql(
								"INSERT INTO REGISTRY_POLICY_GRANT (ACCOUNT_ID, AGENCY, CATEGORY) VALUES (?, ?, ?)")
						.params(accountId, agency.name(), category.name())
						.update()));
	}

	/** The learner's saved policy, or empty when they have not saved one. */
	public Optional<AccessPolicy> saved(long accountId) {
		boolean saved = jdbc.sql("SELECT COUNT(*) FROM REGISTRY_POLICY_SAVED WHERE ACCOUNT_ID = ?")
						.param(accountId)
						.query(Integer.class)
						.single()
				> 0;
		if (!saved) {
			return Optional.empty();
		}
		Map<Agency, Set<DataCategory>> access = new EnumMap<>(Agency.class);
		jdbc.sql("SELECT AGENCY, CATEGORY FROM REGISTRY_POLICY_GRANT WHERE ACCOUNT_ID = ?")
				.param(accountId)
				.query((rs, row) -> Map.entry(Agency.valueOf(rs.getString(1)), DataCategory.valueOf(rs.getString(2))))
				.list()
				.forEach(grant -> access.computeIfAbsent(grant.getKey(), a -> EnumSet.noneOf(DataCategory.class))
						.add(grant.getValue()));
		return Optional.of(AccessPolicy.of(access));
	}

	/** Clearing forgets the learner's own policy, so the editor starts again from last year's. */
	@Component
	static final class Part implements SandboxPart {

		private final JdbcClient jdbc;

		Part(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String id() {
			return "registry.policy";
		}

		@Override
		public void clear(long accountId) {
			jdbc.sql("DELETE FROM REGISTRY_POLICY_GRANT WHERE ACCOUNT_ID = ?")
					.param(accountId)
					.update();
			jdbc.sql("DELETE FROM REGISTRY_POLICY_SAVED WHERE ACCOUNT_ID = ?")
					.param(accountId)
					.update();
		}
	}
}
