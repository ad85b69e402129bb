package org.consentlab.classroom;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.consentlab.labs.ProgressEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes "progress changed" to every open dashboard of a class (Server-Sent Events); the page then
 * fetches the fresh grid. Changes made on this instance are pushed within a second of their commit,
 * at most once a second per class.
 * Changes made by another instance behind the same load balancer are noticed by a light poll of
 * the database every two seconds.
 */
@Component
class DashboardStream {

	private final Map<Long, Set<SseEmitter>> byClassroom = new ConcurrentHashMap<>();

	private final Map<Long, String> lastSeen = new ConcurrentHashMap<>();

	/** Classes whose progress changed on this instance since the last push. */
	private final Set<Long> changed = ConcurrentHashMap.newKeySet();

	private final JdbcClient jdbc;

	/** How long one stream stays open; the page's EventSource then opens the next one by itself. */
	private final Duration timeout;

	DashboardStream(JdbcClient jdbc, @Value("${consentlab.classroom.stream-timeout:30m}") Duration timeout) {
		this.jdbc = jdbc;
		this.timeout = timeout;
	}

	SseEmitter open(long classroomId) {
		SseEmitter emitter = new SseEmitter(timeout.toMillis());
		Set<SseEmitter> emitters = byClassroom.computeIfAbsent(classroomId, id -> new CopyOnWriteArraySet<>());
		emitters.add(emitter);
		emitter.onCompletion(() -> emitters.remove(emitter));
		// The normal end of a stream: complete it, so that Spring MVC does not turn the timeout into an
		// AsyncRequestTimeoutException for the error handlers; the EventSource reconnects by itself.
		emitter.onTimeout(() -> {
			emitters.remove(emitter);
			emitter.complete();
		});
		emitter.onError(e -> emitters.remove(emitter));
		return emitter;
	}

	/** Noted, and pushed by {@link #pushChanged()}: a busy class changes many times a second. */
	@TransactionalEventListener(fallbackExecution = true)
	void on(ProgressEvent event) {
		Long classroomId = event.classroomId();
		if (classroomId != null
				&& !byClassroom.getOrDefault(classroomId, Set.of()).isEmpty()) {
			changed.add(classroomId);
		}
	}

	/**
	 * Tells the dashboards of each class that changed since the last call, once. A class of 500
	 * answers a few dozen times a second, and each push makes every open dashboard fetch the whole
	 * grid: pushed at once, a dashboard would fetch it again as soon as each copy arrived. Returns the
	 * classes it told.
	 */
	@Scheduled(fixedDelay = 1000)
	Set<Long> pushChanged() {
		Set<Long> told = new HashSet<>();
		for (Iterator<Long> each = changed.iterator(); each.hasNext(); ) {
			Long classroomId = each.next();
			// removed before the push: a change made meanwhile is pushed next time, never lost
			each.remove();
			push(classroomId);
			told.add(classroomId);
		}
		return told;
	}

	/** Catches progress written by other instances: one grouped query, only while dashboards are open. */
	@Scheduled(fixedDelay = 2000)
	void pollOtherInstances() {
		if (byClassroom.values().stream().allMatch(Set::isEmpty)) {
			return;
		}
		List<Long> open = byClassroom.entrySet().stream()
				.filter(e -> !e.getValue().isEmpty())
				.map(Map.Entry::getKey)
				.toList();
		for (Long classroomId : open) {
			String marker = jdbc.sql("SELECT CONCAT(COALESCE(MAX(t.ID), 0), '/', COUNT(t.ID), '/', "
							+ "(SELECT COALESCE(SUM(h.HINTS_SHOWN), 0) FROM HINT_REVEAL h JOIN ACCOUNT a2 ON a2.ID = h.ACCOUNT_ID WHERE a2.CLASSROOM_ID = ?)) "
							+ "FROM TASK_ATTEMPT t JOIN ACCOUNT a ON a.ID = t.ACCOUNT_ID WHERE a.CLASSROOM_ID = ?")
					.params(classroomId, classroomId)
					.query(String.class)
					.single();
			String previous = lastSeen.put(classroomId, marker);
			if (previous != null && !previous.equals(marker)) {
				push(classroomId);
			}
		}
	}

	/**
	 * Ends every open stream when the app begins to stop. A stream is a request still in progress, so
	 * the web server's graceful shutdown would otherwise wait its whole timeout for each open
	 * dashboard; the pages' EventSources reconnect to whichever instance serves next.
	 */
	@EventListener(ContextClosedEvent.class)
	void endStreams() {
		byClassroom.values().forEach(emitters -> emitters.forEach(SseEmitter::complete));
		byClassroom.clear();
	}

	void push(long classroomId) {
		for (SseEmitter emitter : byClassroom.getOrDefault(classroomId, Set.of())) {
			try {
				emitter.send(SseEmitter.event().name("progress").data("changed"));
			} catch (IOException | IllegalStateException e) {
				byClassroom.get(classroomId).remove(emitter);
			}
		}
	}
}
