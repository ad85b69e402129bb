package org.consentlab.registry.identification;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/**
 * Lab L3's real 1:N scans: the learner's probe against a gallery of up to a million synthetic
 * people, built and searched by the biometrics engine (FACTS.md §4: E = N·FMR false matches per
 * search). Each learner has at most one scan under way; {@value #WORKERS} scans run at once for the
 * whole server and the rest wait their turn, so nobody blocks the others for long; a scan still
 * running after {@link #TIMEOUT} is stopped. A learner sees and cancels only their own scans.
 */
@Service
public class IdentificationScans {

	/** Scans that run at once on the whole server, as for the rate experiments. */
	static final int WORKERS = 2;

	/** The smallest gallery a scan builds. */
	static final int MIN_GALLERY = 10_000;

	/** The gallery sizes the page offers. */
	static final int[] OFFERED = {10_000, 100_000, 1_000_000};

	/** A scan running longer than this is stopped. */
	static final Duration TIMEOUT = Duration.ofMinutes(3);

	/** A finished scan stays on the page this long; its counts stay in the database. */
	static final Duration KEPT = Duration.ofMinutes(30);

	/** The most candidates a scan lists. */
	static final int MAX_CANDIDATES = 200;

	/** The face algorithm of the scans' galleries (FACTS.md §2.4). */
	static final FacePreset FACE_PRESET = FacePreset.NIST_2020_ONE_TO_ONE;

	private static final Logger log = LoggerFactory.getLogger(IdentificationScans.class);

	private final RegistryWorld world;

	private final ScanRecords records;

	private final Clock clock = Clock.systemUTC();

	private final ScanGalleries galleries = new ScanGalleries(clock);

	private final Map<String, ScanJob> jobs = new ConcurrentHashMap<>();

	private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, daemonThreads());

	IdentificationScans(RegistryWorld world, ScanRecords records) {
		this.world = world;
		this.records = records;
	}

	/** The largest gallery of a modality: a million faces would take 2 GB, so faces stop at 100,000. */
	static int maxGallery(Identification.Modality modality) {
		return modality == Identification.Modality.IRIS ? 1_000_000 : 100_000;
	}

	/** Starts a scan for the learner, refused while their previous one is still under way. */
	ScanJob start(Account learner, ScanJob.Request request) {
		synchronized (jobs) {
			if (latest(learner).filter(job -> !job.state.finished()).isPresent()) {
				throw new BadInputException("scan", "registry.scan.busy");
			}
			int self = world.subjectOf(learner).personId();
			ScanJob job = new ScanJob(UUID.randomUUID().toString(), learner.id(), request, self, clock.instant());
			jobs.put(job.id, job);
			workers.execute(() -> run(job));
			return job;
		}
	}

	/** The learner's scan with this id; another learner's scan is "not found". */
	ScanJob find(Account learner, String id) {
		ScanJob job = id == null ? null : jobs.get(id);
		if (job == null || job.accountId != learner.id()) {
			throw new NotFoundException(
					"registry.notfound.scan", id == null ? "" : id.substring(0, Math.min(id.length(), 40)));
		}
		return job;
	}

	/** The learner's most recent scan still held in memory. */
	Optional<ScanJob> latest(Account learner) {
		return jobs.values().stream()
				.filter(job -> job.accountId == learner.id())
				.max((a, b) -> a.created.compareTo(b.created));
	}

	/** Cancels the learner's scan; it stops within one chunk of the gallery. */
	ScanJob cancel(Account learner, String id) {
		ScanJob job = find(learner, id);
		if (job.end(ScanJob.State.CANCELLED, clock.instant())) {
			released(job);
		}
		return job;
	}

	/** Stops scans past their time, forgets old ones and drops galleries nobody uses. */
	@Scheduled(fixedDelay = 5_000)
	void sweep() {
		Instant now = clock.instant();
		for (ScanJob job : jobs.values()) {
			if (!job.state.finished()
					&& job.created.plus(TIMEOUT).isBefore(now)
					&& job.end(ScanJob.State.TIMED_OUT, now)) {
				released(job);
			}
			if (job.state.finished()
					&& job.finishedAt != null
					&& job.finishedAt.plus(KEPT).isBefore(now)) {
				jobs.remove(job.id);
			}
		}
		galleries.dropIdle();
	}

	/** Galleries held now, built or being built (for tests and the operator). */
	int galleriesHeld() {
		return galleries.heldCount();
	}

	/** Whether the gallery of a modality and size is held now, built or being built. */
	boolean holdsGallery(Identification.Modality modality, int size) {
		return galleries.holds(new ScanGalleries.Key(modality, size, RegistryWorld.POPULATION_SEED));
	}

	/** Stops and forgets one learner's scans; their finished counts stay in {@link ScanRecords}. */
	void forget(long accountId) {
		for (ScanJob job : List.copyOf(jobs.values())) {
			if (job.accountId == accountId) {
				if (job.end(ScanJob.State.CANCELLED, clock.instant())) {
					released(job);
				}
				jobs.remove(job.id);
			}
		}
	}

	@PreDestroy
	void stop() {
		jobs.values().forEach(job -> job.end(ScanJob.State.CANCELLED, clock.instant()));
		workers.shutdownNow();
	}

	private void run(ScanJob job) {
		if (!job.advance(ScanJob.State.POPULATION)) {
			return;
		}
		ScanJob.Request request = job.request;
		ScanGalleries.Key key =
				new ScanGalleries.Key(request.modality(), request.gallery(), RegistryWorld.POPULATION_SEED);
		try (ScanGalleries.Lease lease = galleries.lease(key, job.token)) {
			job.lease = lease;
			job.building = lease.entry;
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
			if (result.cancelled()) {
				return;
			}
			job.outcome = outcome(built.population(), result, job.selfIndex);
			Instant at = clock.instant();
			if (job.end(ScanJob.State.DONE, at)) {
				records.save(job.accountId, request, job.outcome, at);
			}
		} catch (CancellationException e) {
			job.end(ScanJob.State.CANCELLED, clock.instant());
		} catch (InterruptedException e) {
			job.end(ScanJob.State.CANCELLED, clock.instant());
			Thread.currentThread().interrupt();
		} catch (RuntimeException e) {
			log.warn("A scan of {} failed", key, e);
			job.end(ScanJob.State.FAILED, clock.instant());
		} finally {
			job.building = null;
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

	private void released(ScanJob job) {
		ScanGalleries.Lease lease = job.lease;
		if (lease != null) {
			lease.scanCancelled();
		}
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
