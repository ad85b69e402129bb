package org.consentlab.sandbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which worlds a learner has opened: part of their sandbox, checked by the warm-up lab. */
@Service
public class WorldVisits {

	private final JdbcClient jdbc;

	WorldVisits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void visit(long accountId, World world) {
		if (!visited(accountId).contains(world)) {
			jdbc.sql("INSERT INTO WORLD_VISIT (ACCOUNT_ID, WORLD, FIRST_AT) VALUES (?, ?, ?)")
					.params(accountId, world.name(), Timestamp.from(Instant.now()))
					.update();
		}
	}

	public Set<World> visited(long accountId) {
		Set<World> worlds = EnumSet.noneOf(World.class);
		jdbc.sql("SELECT WORLD FROM WORLD_VISIT WHERE ACCOUNT_ID = ?")
				.param(accountId)
				.query(String.class)
				.list()
				.forEach(w -> worlds.add(World.valueOf(w)));
		return worlds;
	}

	/** The worlds a learner has opened: clearing them lets the learner tour again. */
	@Component
	static class Part implements SandboxPart {

		private final JdbcClient jdbc;

		Part(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String id() {
			return "sandbox.world-visits";
		}

		@Override
		public void clear(long accountId) {
			jdbc.sql("DELETE FROM WORLD_VISIT WHERE ACCOUNT_ID = ?")
					.param(accountId)
					.update();
		}
	}
}
