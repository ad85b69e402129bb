package org.consentlab.registry.identification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.consentlab.biometrics.CancellationToken;
import org.consentlab.biometrics.SearchProgress;
import org.consentlab.biometrics.face.FaceEmbeddings;
import org.consentlab.biometrics.face.FaceGallery;
import org.consentlab.biometrics.iris.IrisGallery;
import org.consentlab.biometrics.iris.IrisLayout;
import org.consentlab.population.Population;
import org.consentlab.population.PopulationBiometrics;

/**
 * The galleries of lab L3's real 1:N scans, built once per (modality, size, seed) from the fixed
 * population seed and shared by every learner who scans that gallery: a learner's own person is
 * one of the first 10,000 people, so it is in every gallery and no learner needs a copy. The
 * galleries held at once, built or being built, stay within a memory budget (a million iris codes
 * and their people take about 300 MB): a gallery that does not fit waits until unused ones can be
 * dropped, least recently used first, and one nobody uses is dropped after a few minutes anyway.
 * The first scan that needs a gallery builds it (population first, then templates); later scans of
 * the same gallery wait for that build and show its progress. A build that every waiting scan has
 * given up on is dropped at once and stops at its next batch.
 */
final class ScanGalleries {

	/** A gallery nobody has used for this long is dropped. */
	static final Duration IDLE = Duration.ofMinutes(3);

	/**
	 * Heap per person of the population that names the candidates: ten int and byte arrays
	 * (35 bytes) and the kinship index, rounded up.
	 */
	static final long POPULATION_BYTES_PER_PERSON = 64;

	/** Which gallery: modality, number of people, population seed. */
	record Key(Identification.Modality modality, int size, long seed) {

		/** Heap the built gallery holds: one template per person and the people themselves. */
		long bytes() {
			long template = modality == Identification.Modality.IRIS
					? IrisLayout.WORDS * (long) Long.BYTES
					: FaceEmbeddings.DIMENSIONS * (long) Float.BYTES;
			return size * (template + POPULATION_BYTES_PER_PERSON);
		}
	}

	/** A built gallery: the people and one enrolled template per person. */
	record Built(Population population, IrisGallery iris, FaceGallery face) {

		long footprintBytes() {
			return iris != null ? iris.footprintBytes() : face.footprintBytes();
		}
	}

	/** What the build of a gallery is doing now. */
	enum Stage {
		POPULATION,
		TEMPLATES,
		READY
	}

	/** One gallery, built or being built, with the leases of the scans using it. */
	static final class Entry {

		final Key key;

		final CompletableFuture<Built> built = new CompletableFuture<>();

		final CancellationToken abandoned = new CancellationToken();

		final AtomicLong done = new AtomicLong();

		final AtomicLong total = new AtomicLong();

		volatile Stage stage = Stage.POPULATION;

		final List<CancellationToken> users = new ArrayList<>();

		Instant lastUsed;

		Entry(Key key, Instant now) {
			this.key = key;
			this.lastUsed = now;
		}

		SearchProgress progress() {
			return (d, t) -> {
				this.total.set(t);
				this.done.set(d);
			};
		}
	}

	/** A scan's hold on a gallery: released when the scan ends, so the gallery can be dropped. */
	final class Lease implements AutoCloseable {

		final Entry entry;

		final boolean builder;

		private final CancellationToken scan;

		private Lease(Entry entry, boolean builder, CancellationToken scan) {
			this.entry = entry;
			this.builder = builder;
			this.scan = scan;
		}

		/** The built gallery, building it first if this lease is the builder; waits while others build. */
		Built gallery() throws InterruptedException {
			if (builder) {
				build(entry);
			}
			while (true) {
				if (scan.isCancelled()) {
					throw new CancellationException("The scan was cancelled while its gallery was being built.");
				}
				try {
					return entry.built.get(100, TimeUnit.MILLISECONDS);
				} catch (TimeoutException stillBuilding) {
					// check the scan's token again
				} catch (ExecutionException e) {
					throw e.getCause() instanceof CancellationException c
							? c
							: new IllegalStateException("The gallery could not be built", e.getCause());
				}
			}
		}

		/**
		 * Called when this lease's scan is cancelled: a build nobody waits for any more is dropped
		 * now, so its memory counts as free at once, and its thread stops at the next batch.
		 */
		void scanCancelled() {
			synchronized (ScanGalleries.this) {
				if (!entry.built.isDone() && entry.users.stream().allMatch(CancellationToken::isCancelled)) {
					abandon(entry);
				}
			}
		}

		@Override
		public void close() {
			synchronized (ScanGalleries.this) {
				entry.users.remove(scan);
				entry.lastUsed = clock.instant();
				if (entry.users.isEmpty() && !entry.built.isDone()) {
					abandon(entry);
				}
			}
		}
	}

	private final Map<Key, Entry> held = new LinkedHashMap<>();

	private final Clock clock;

	private final long budget;

	private long peak;

	ScanGalleries(Clock clock, long budgetBytes) {
		this.clock = clock;
		this.budget = budgetBytes;
	}

	/** Whether the gallery of {@code key} could ever be held within the budget. */
	boolean fits(Key key) {
		return key.bytes() <= budget;
	}

	/**
	 * A lease on the gallery of {@code key} for the scan with token {@code scan}, or empty when the
	 * gallery is not held and there is no room for it within the budget until a scan ends.
	 */
	synchronized Optional<Lease> lease(Key key, CancellationToken scan) {
		Entry entry = held.get(key);
		boolean builder = false;
		if (entry == null || entry.built.isCompletedExceptionally() || entry.abandoned.isCancelled()) {
			held.remove(key);
			if (!makeRoom(key.bytes())) {
				return Optional.empty();
			}
			entry = new Entry(key, clock.instant());
			held.put(key, entry);
			peak = Math.max(peak, reservedBytes());
			builder = true;
		}
		entry.users.add(scan);
		entry.lastUsed = clock.instant();
		return Optional.of(new Lease(entry, builder, scan));
	}

	/** Drops galleries nobody has used for {@link #IDLE}; returns how many were dropped. */
	synchronized int dropIdle() {
		Instant limit = clock.instant().minus(IDLE);
		int before = held.size();
		held.values().removeIf(e -> e.users.isEmpty() && e.lastUsed.isBefore(limit));
		return before - held.size();
	}

	/** Whether the gallery of {@code key} is held now, built or being built. */
	synchronized boolean holds(Key key) {
		return held.containsKey(key);
	}

	/** How many galleries are held now, built or being built. */
	synchronized int heldCount() {
		return held.size();
	}

	/** Heap counted against the budget: every gallery held, built or being built. */
	synchronized long reservedBytes() {
		return held.keySet().stream().mapToLong(Key::bytes).sum();
	}

	/** The most heap the galleries held have counted against the budget since start. */
	synchronized long peakBytes() {
		return peak;
	}

	/** The memory budget of all galleries together. */
	long budgetBytes() {
		return budget;
	}

	/** Drops unused galleries, least recently used first, until {@code needed} more bytes fit. */
	private boolean makeRoom(long needed) {
		long used = reservedBytes();
		List<Entry> unused = held.values().stream()
				.filter(e -> e.users.isEmpty())
				.sorted(Comparator.comparing(e -> e.lastUsed))
				.toList();
		for (int i = 0; i < unused.size() && used + needed > budget; i++) {
			held.remove(unused.get(i).key);
			used -= unused.get(i).key.bytes();
		}
		return used + needed <= budget;
	}

	private void abandon(Entry entry) {
		entry.abandoned.cancel();
		held.remove(entry.key, entry);
	}

	private void build(Entry entry) {
		try {
			Key key = entry.key;
			Population population = Population.generate(key.seed(), key.size(), entry.progress(), entry.abandoned);
			entry.done.set(0);
			entry.stage = Stage.TEMPLATES;
			PopulationBiometrics biometrics = new PopulationBiometrics(population);
			long seed = population.biometricSeed();
			Built built = switch (key.modality()) {
				case IRIS ->
					new Built(
							population,
							IrisGallery.of(
									key.size(),
									i -> {
										stopIfAbandoned(entry);
										return biometrics.irisEnrolmentBits(i);
									},
									entry.progress()),
							null);
				case FACE ->
					new Built(
							population,
							null,
							FaceGallery.of(
									key.size(),
									i -> {
										stopIfAbandoned(entry);
										return biometrics.face(i, 0, IdentificationScans.FACE_PRESET);
									},
									entry.progress()));
			};
			entry.stage = Stage.READY;
			entry.built.complete(built);
		} catch (RuntimeException | Error e) {
			synchronized (this) {
				held.remove(entry.key, entry);
			}
			entry.built.completeExceptionally(e);
			if (e instanceof Error error) {
				throw error;
			}
		}
	}

	private static void stopIfAbandoned(Entry entry) {
		if (entry.abandoned.isCancelled()) {
			throw new CancellationException("Nobody waits for this gallery any more.");
		}
	}
}
