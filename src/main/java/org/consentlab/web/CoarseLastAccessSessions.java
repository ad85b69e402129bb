package org.consentlab.web;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store with a coarser clock: a session's last access is written at most once a
 * {@link #GRANULARITY}, not on every request.
 *
 * <p>Spring Session sets the last access on each request, and its JDBC store then updates the
 * session row and commits even when nothing else changed: a write and a commit per page, about a
 * tenth of the request threads' time in a class of 500 (JFR). Sessions last eight hours, so a
 * minute's error in their expiry changes nothing a learner sees; every other change (attributes,
 * the signed-in name, a new id at sign-in) is written as before.
 */
final class CoarseLastAccessSessions implements FindByIndexNameSessionRepository<CoarseLastAccessSessions.Kept> {

	/** A later access is recorded once it is at least this much after the recorded one. */
	static final Duration GRANULARITY = Duration.ofMinutes(1);

	private final FindByIndexNameSessionRepository<Session> store;

	@SuppressWarnings("unchecked")
	CoarseLastAccessSessions(FindByIndexNameSessionRepository<? extends Session> store) {
		// The store takes back only the sessions it made, which is all this class hands it.
		this.store = (FindByIndexNameSessionRepository<Session>) store;
	}

	@Override
	public Kept createSession() {
		return new Kept(store.createSession());
	}

	@Override
	public void save(Kept session) {
		store.save(session.stored);
	}

	@Override
	public Kept findById(String id) {
		Session found = store.findById(id);
		return found == null ? null : new Kept(found);
	}

	@Override
	public void deleteById(String id) {
		store.deleteById(id);
	}

	@Override
	public Map<String, Kept> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, Kept> kept = new LinkedHashMap<>();
		store.findByIndexNameAndIndexValue(indexName, indexValue).forEach((id, s) -> kept.put(id, new Kept(s)));
		return kept;
	}

	/** A stored session whose last access moves only in steps of {@link #GRANULARITY}. */
	static final class Kept implements Session {

		private final Session stored;

		private Kept(Session stored) {
			this.stored = stored;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(GRANULARITY))) {
				stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return stored.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return stored.getId();
		}

		@Override
		public String changeSessionId() {
			return stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return stored.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return stored.isExpired();
		}
	}
}
