package org.consentlab.registry.identification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.consentlab.biometrics.CancellationToken;
import org.consentlab.biometrics.SearchProgress;
import org.consentlab.biometrics.face.FaceGallery;
import org.consentlab.biometrics.iris.IrisGallery;
import org.consentlab.population.Population;
import org.consentlab.population.PopulationBiometrics;

/**
 * The galleries of lab L3's real 1:N scans, built once per (modality, size, seed) and shared by
 * every learner who scans that gallery: a million iris templates take 256 MB, so at most
 * {@value #MAX_HELD} galleries are held at once, and one nobody uses is dropped after a few minutes.
 * The first scan that needs a gallery builds it (population first, then templates); later scans of
 * the same gallery wait for that build and show its progress. A build that every waiting scan has
 * given up on stops at its next batch.
 */
final class ScanGalleries {

	/** Galleries held at once; scans run at most two at a time, so a new build always finds room. */
	static final int MAX_HELD = 2;

	/** A gallery nobody has used for this long is dropped. */
	static final Duration IDLE = Duration.ofMinutes(3);

	/** Which gallery: modality, number of people, population seed. */
	record Key(Identification.Modality modality, int size, long seed) {}

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

		/** Called when this lease's scan is cancelled: a build nobody waits for any more stops. */
		void scanCancelled() {
			synchronized (ScanGalleries.this) {
				if (!entry.built.isDone() && entry.users.stream().allMatch(CancellationToken::isCancelled)) {
					entry.abandoned.cancel();
				}
			}
		}

		@Override
		public void close() {
			synchronized (ScanGalleries.this) {
				entry.users.remove(scan);
				entry.lastUsed = clock.instant();
				if (entry.users.isEmpty() && !entry.built.isDone()) {
					entry.abandoned.cancel();
				}
			}
		}
	}

	private final Map<Key, Entry> held = new LinkedHashMap<>();

	private final Clock clock;

	ScanGalleries(Clock clock) {
		this.clock = clock;
	}

	/** A lease on the gallery of {@code key} for the scan with token {@code scan}. */
	synchronized Lease lease(Key key, CancellationToken scan) {
		Entry entry = held.get(key);
		boolean builder = false;
		if (entry == null || entry.built.isCompletedExceptionally() || entry.abandoned.isCancelled()) {
			held.remove(key);
			dropUnused(MAX_HELD - 1);
			entry = new Entry(key, clock.instant());
			held.put(key, entry);
			builder = true;
		}
		entry.users.add(scan);
		entry.lastUsed = clock.instant();
		return new Lease(entry, builder, scan);
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

	/** Heap held by the built galleries' templates. */
	synchronized long heldBytes() {
		return held.values().stream()
				.filter(e -> e.built.isDone() && !e.built.isCompletedExceptionally())
				.mapToLong(e -> e.built.join().footprintBytes())
				.sum();
	}

	private void dropUnused(int keep) {
		var unused = held.values().stream()
				.filter(e -> e.users.isEmpty())
				.map(e -> e.key)
				.toList();
		for (int i = 0; i < unused.size() && held.size() > keep; i++) {
			held.remove(unused.get(i));
		}
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
