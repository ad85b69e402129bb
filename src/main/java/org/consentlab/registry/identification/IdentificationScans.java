package org.consentlab.registry.identification;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.consentlab.account.Account;
import org.consentlab.biometrics.Candidate;
import org.consentlab.biometrics.SearchOptions;
import org.consentlab.biometrics.SearchResult;
import org.consentlab.biometrics.face.FacePreset;
import org.consentlab.population.Population;
import org.consentlab.registry.RegistryWorld;
import org.consentlab.sandbox.SandboxPart;
import org.consentlab.web.BadInputException;
import org.consentlab.web.NotFoundException;
import org.consentlab.web.ServiceBusyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/**
 * Lab L3's real 1:N scans: the learner's probe against a shared gallery of 10,000, 100,000 or a
 * million synthetic people, built and searched by the biometrics engine (/sources#base-rate: E = N·FMR
 * false matches per search). Scans wait in one line per instance, first come first served, and
 * start when a worker is free and their gallery is held or fits in the memory budget
 * ({@link ScanProperties}); a learner sees their place in line. Each learner has one scan under way
 * at most. A scan's state, progress and result live in the database ({@link ScanJobStore}), so any
 * instance shows it; the instance running it keeps it in memory only until it ends. A learner sees
 * and cancels only their own scans.
 */
@Service
public class IdentificationScans {

	/** The gallery sizes the lab offers; every learner searching one size shares one gallery. */
	static final List<Integer> OFFERED = List.of(10_000, 100_000, 1_000_000);

	/** The most candidates a scan lists. */
	static final int MAX_CANDIDATES = 200;

	/** The face algorithm of the scans' galleries (/sources#face-model). */
	static final FacePreset FACE_PRESET = FacePreset.NIST_2020_ONE_TO_ONE;

	private static final Logger log = LoggerFactory.getLogger(IdentificationScans.class);

	private final RegistryWorld world;

	private final ScanRecords records;

	private final ScanJobStore store;

	private final ScanProperties properties;

	private final Clock clock = Clock.systemUTC();

	private final ScanGalleries galleries;

	/** This instance, as the database names the instance running a scan. */
	private final String instance = UUID.randomUUID().toString();

	private final AtomicLong queueSeq = new AtomicLong(System.currentTimeMillis() * 1000);

	/** Scans waiting on this instance, first in line first; guarded by {@code this}. */
	private final Deque<ScanJob> line = new ArrayDeque<>();

	/** Scans waiting or running on this instance; guarded by {@code this}. */
	private final Map<String, ScanJob> live = new HashMap<>();

	private int running;

	private volatile boolean closing;

	private final ExecutorService workers;

	IdentificationScans(RegistryWorld world, ScanRecords records, ScanJobStore store, ScanProperties properties) {
		this.world = world;
		this.records = records;
		this.store = store;
		this.properties = properties;
		this.galleries = new ScanGalleries(clock, properties.memoryBudget().toBytes());
		this.workers = Executors.newFixedThreadPool(properties.workers(), daemonThreads());
	}

	/** The sizes offered for a modality: a million faces would take 2 GB, so faces stop at 100,000. */
	static List<Integer> offered(Identification.Modality modality) {
		return modality == Identification.Modality.IRIS ? OFFERED : OFFERED.subList(0, 2);
	}

	/** Starts a scan for the learner: refused while their previous one is under way, or when the line is full. */
	ScanJob start(Account learner, ScanJob.Request request) {
		if (!offered(request.modality()).contains(request.gallery())) {
			throw new BadInputException("gallery", "registry.scan.bad.gallery");
		}
		if (!galleries.fits(key(request))) {
			throw new BadInputException("gallery", "registry.scan.over-budget");
		}
		int self = world.subjectOf(learner).personId();
		// The learner's own person is one of the first 10,000, so it is in every offered gallery.
		if (self >= request.gallery()) {
			throw new IllegalStateException("person " + self + " is not in a gallery of " + request.gallery());
		}
		synchronized (this) {
			if (store.hasUnfinished(learner.id())) {
				throw new BadInputException("scan", "registry.scan.busy");
			}
			if (line.size() >= properties.maxQueued()) {
				throw new ServiceBusyException("registry.scan.line-full", Duration.ofSeconds(5));
			}
			ScanJob job = new ScanJob(
					UUID.randomUUID().toString(),
					learner.id(),
					request,
					self,
					clock.instant(),
					queueSeq.incrementAndGet());
			store.insert(job, instance);
			enqueue(job);
			return job;
		}
	}

	/** The learner's scan with this id, from any instance; another learner's scan is "not found". */
	ScanView find(Account learner, String id) {
		Optional<ScanView> view = id == null ? Optional.empty() : localView(learner.id(), id);
		return view.or(() -> store.find(learner.id(), id))
				.orElseThrow(() -> new NotFoundException(
						"registry.notfound.scan", id == null ? "" : id.substring(0, Math.min(id.length(), 40))));
	}

	/** The learner's most recent scan, from any instance. */
	Optional<ScanView> latest(Account learner) {
		return store.latest(learner.id())
				.map(stored -> localView(learner.id(), stored.id()).orElse(stored));
	}

	/** Cancels the learner's scan, on whichever instance runs it; a gallery only it needed is let go at once. */
	ScanView cancel(Account learner, String id) {
		ScanView view = find(learner, id);
		Instant now = clock.instant();
		synchronized (this) {
			ScanJob job = live.get(id);
			if (job != null && job.accountId == learner.id()) {
				stop(job, ScanJob.State.CANCELLED, now);
			}
		}
		store.cancel(learner.id(), id, now);
		return store.find(learner.id(), id).orElse(view);
	}

	/**
	 * Writes the progress of this instance's running scans, so that other instances show it; a scan
	 * whose row has ended meanwhile (cancelled elsewhere, or its lab reset) stops here.
	 */
	@Scheduled(fixedDelay = 250)
	void report() {
		List<ScanJob> runningNow;
		synchronized (this) {
			runningNow = live.values().stream()
					.filter(job -> job.state != ScanJob.State.QUEUED && !job.state.finished())
					.toList();
		}
		Instant now = clock.instant();
		for (ScanJob job : runningNow) {
			long[] progress = job.progress();
			ScanJob.State step = job.step();
			// An end is written by the worker with its outcome, never here.
			if (!step.finished() && !store.progress(job.id, instance, step, progress[0], progress[1], now)) {
				synchronized (this) {
					stop(job, ScanJob.State.CANCELLED, now);
				}
			}
		}
	}

	/**
	 * Stops scans past their time, tells other instances this one is alive, drops scans cancelled
	 * elsewhere from the line, takes over scans whose instance has gone, and drops idle galleries.
	 */
	@Scheduled(fixedDelay = 5_000)
	void sweep() {
		Instant now = clock.instant();
		store.heartbeat(instance, now);
		List<ScanJob> waitingBefore;
		synchronized (this) {
			waitingBefore = List.copyOf(line);
		}
		// Rows are written before their scans join the line, so each of these had a row when read.
		Set<String> queued = store.queuedOn(instance);
		synchronized (this) {
			for (ScanJob job : waitingBefore) {
				if (job.state == ScanJob.State.QUEUED && !queued.contains(job.id)) {
					stop(job, ScanJob.State.CANCELLED, now);
				}
			}
			for (ScanJob job : List.copyOf(live.values())) {
				if (job.startedAt != null
						&& job.startedAt.plus(properties.runTimeout()).isBefore(now)
						&& stop(job, ScanJob.State.TIMED_OUT, now)) {
					store.finish(job.id, instance, ScanJob.State.TIMED_OUT, null, now);
				}
			}
		}
		adoptOrphans(now);
		galleries.dropIdle();
	}

	/** Scans whose instance stopped reporting are run again here: the galleries are the same everywhere. */
	void adoptOrphans(Instant now) {
		for (ScanJobStore.Row orphan : store.orphans(now.minus(properties.orphanAfter()))) {
			long seq = queueSeq.incrementAndGet();
			if (store.claim(orphan, instance, seq, now)) {
				synchronized (this) {
					enqueue(new ScanJob(
							orphan.id(),
							orphan.accountId(),
							orphan.request(),
							orphan.selfIndex(),
							orphan.created(),
							seq));
				}
			}
		}
	}

	/** Heap the galleries take now against the budget (for tests and the operator). */
	long galleryBytes() {
		return galleries.reservedBytes();
	}

	/** The most heap the galleries have taken at once since start (for tests and the operator). */
	long galleryPeakBytes() {
		return galleries.peakBytes();
	}

	/** Galleries held now, built or being built (for tests and the operator). */
	int galleriesHeld() {
		return galleries.heldCount();
	}

	/** Scans waiting or running on this instance (for tests and the operator). */
	synchronized int liveScans() {
		return live.size();
	}

	/** Whether the scan with this id waits or runs on this instance. */
	synchronized boolean isLive(String id) {
		return live.containsKey(id);
	}

	/** Whether the gallery of a modality and size is held now, built or being built. */
	boolean holdsGallery(Identification.Modality modality, int size) {
		return galleries.holds(new ScanGalleries.Key(modality, size, RegistryWorld.POPULATION_SEED));
	}

	/** Stops and forgets one learner's scans, on every instance; their finished counts stay in {@link ScanRecords}. */
	void forget(long accountId) {
		Instant now = clock.instant();
		synchronized (this) {
			for (ScanJob job : List.copyOf(live.values())) {
				if (job.accountId == accountId) {
					stop(job, ScanJob.State.CANCELLED, now);
				}
			}
		}
		store.deleteFor(accountId);
	}

	/**
	 * Stops this instance's scans without ending their rows: another instance takes them over once
	 * this one's heartbeat is old, as after a crash.
	 */
	@PreDestroy
	void close() {
		closing = true;
		synchronized (this) {
			live.values().forEach(job -> job.token.cancel());
		}
		workers.shutdownNow();
	}

	private ScanGalleries.Key key(ScanJob.Request request) {
		return request.gallery(RegistryWorld.POPULATION_SEED);
	}

	/** Puts a scan at the end of the line and starts what can start; call holding {@code this}. */
	private void enqueue(ScanJob job) {
		live.put(job.id, job);
		line.addLast(job);
		dispatch();
	}

	/** Starts scans from the head of the line while workers are free and the head's gallery fits. */
	private void dispatch() {
		while (running < properties.workers() && !line.isEmpty()) {
			ScanJob head = line.peekFirst();
			Optional<ScanGalleries.Lease> lease = galleries.lease(key(head.request), head.token);
			if (lease.isEmpty()) {
				return;
			}
			line.removeFirst();
			head.lease = lease.get();
			head.building = lease.get().entry;
			head.startedAt = clock.instant();
			head.advance(ScanJob.State.POPULATION);
			running++;
			workers.execute(() -> run(head));
		}
	}

	/**
	 * Ends a scan on this instance: out of the line, its build abandoned if nobody else waits for
	 * it. True if this call ended it. Call holding {@code this}.
	 */
	private boolean stop(ScanJob job, ScanJob.State end, Instant now) {
		boolean ended = job.end(end, now);
		if (line.remove(job)) {
			live.remove(job.id);
		}
		ScanGalleries.Lease lease = job.lease;
		if (lease != null) {
			lease.scanCancelled();
		}
		dispatch();
		return ended;
	}

	private void run(ScanJob job) {
		ScanGalleries.Lease lease = job.lease;
		ScanJob.State end = ScanJob.State.FAILED;
		try (lease) {
			ScanGalleries.Built built = lease.gallery();
			job.building = null;
			if (!job.advance(ScanJob.State.SEARCH)) {
				return;
			}
			SearchOptions options = SearchOptions.top(MAX_CANDIDATES)
					.withCancellation(job.token)
					.withProgress((done, total) -> {
						job.total = total;
						job.done = done;
					});
			SearchResult result = search(built, job, options);
			if (!result.cancelled()) {
				job.outcome = outcome(built.population(), result, job.selfIndex);
				end = ScanJob.State.DONE;
			}
		} catch (CancellationException e) {
			end = ScanJob.State.CANCELLED;
		} catch (InterruptedException e) {
			end = ScanJob.State.CANCELLED;
			Thread.currentThread().interrupt();
		} catch (RuntimeException e) {
			log.warn("A scan of {} failed", key(job.request), e);
		} finally {
			finished(job, end);
		}
	}

	/** Writes the end to the database, then lets go of the scan and starts the next in line. */
	private void finished(ScanJob job, ScanJob.State end) {
		Instant at = clock.instant();
		try {
			if (closing) {
				return;
			}
			boolean endedHere = job.end(end, at);
			ScanJob.State state = job.state;
			ScanJob.Outcome outcome = state == ScanJob.State.DONE ? job.outcome : null;
			if (store.finish(job.id, instance, state, outcome, at) && endedHere && outcome != null) {
				records.save(job.accountId, job.request, outcome, at);
			}
		} catch (RuntimeException e) {
			log.warn("The end of a scan could not be written", e);
		} finally {
			synchronized (this) {
				job.letGo();
				job.outcome = null;
				live.remove(job.id);
				running--;
				dispatch();
			}
		}
	}

	private SearchResult search(ScanGalleries.Built built, ScanJob job, SearchOptions options) {
		ScanJob.Request request = job.request;
		int capture = request.probe() == ScanJob.Probe.ENROLMENT ? 0 : 1;
		if (built.iris() != null) {
			return built.iris().search(world.biometrics().iris(job.selfIndex, capture), request.threshold(), options);
		}
		return built.face()
				.search(world.biometrics().face(job.selfIndex, capture, FACE_PRESET), request.threshold(), options);
	}

	private static ScanJob.Outcome outcome(Population population, SearchResult result, int self) {
		List<ScanJob.Hit> hits = new ArrayList<>();
		boolean foundSelf = false;
		for (Candidate c : result.candidates()) {
			boolean isSelf = c.galleryIndex() == self;
			foundSelf |= isSelf;
			hits.add(new ScanJob.Hit(
					c.galleryIndex(), population.person(c.galleryIndex()).fullName(), c.score(), isSelf));
		}
		return new ScanJob.Outcome(hits, result.compared(), foundSelf, hits.size() - (foundSelf ? 1 : 0));
	}

	/** The view of a scan waiting or running on this instance, fresher than its row. */
	private synchronized Optional<ScanView> localView(long accountId, String id) {
		ScanJob job = live.get(id);
		if (job == null || job.accountId != accountId || job.state.finished()) {
			return Optional.empty();
		}
		int position = 0;
		int i = 1;
		for (ScanJob waiting : line) {
			if (waiting == job) {
				position = i;
			}
			i++;
		}
		return Optional.of(ScanView.of(job, position, line.size()));
	}

	private static java.util.concurrent.ThreadFactory daemonThreads() {
		AtomicInteger count = new AtomicInteger();
		return task -> {
			Thread thread = new Thread(task, "l3-scan-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/** Clearing stops and forgets the learner's scans. */
	@Component
	static final class Part implements SandboxPart {

		private final IdentificationScans scans;

		Part(IdentificationScans scans) {
			this.scans = scans;
		}

		@Override
		public String id() {
			return "registry.scan-jobs";
		}

		@Override
		public void clear(long accountId) {
			scans.forget(accountId);
		}
	}
}
