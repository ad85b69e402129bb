package org.consentlab.registry.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CancellationException;
import org.consentlab.biometrics.CancellationToken;
import org.consentlab.registry.RegistryWorld;
import org.junit.jupiter.api.Test;

/**
 * The L3 gallery cache on its own: one build per (modality, size, seed) shared by every scan, the
 * galleries held within a memory budget (unused ones make room, least recently used first; a
 * gallery that does not fit waits), an unused one dropped when idle, and a build nobody waits for
 * dropped at once and stopped.
 */
class ScanGalleriesTests {

	private static final long SEED = RegistryWorld.POPULATION_SEED;

	private static final ScanGalleries.Key IRIS_10K = new ScanGalleries.Key(Identification.Modality.IRIS, 10_000, SEED);

	private static final ScanGalleries.Key FACE_10K = new ScanGalleries.Key(Identification.Modality.FACE, 10_000, SEED);

	private static final ScanGalleries.Key IRIS_100K =
			new ScanGalleries.Key(Identification.Modality.IRIS, 100_000, SEED);

	private static final ScanGalleries.Key IRIS_1M =
			new ScanGalleries.Key(Identification.Modality.IRIS, 1_000_000, SEED);

	private final MovableClock clock = new MovableClock();

	/** Room for the 100,000-iris gallery, or for both 10,000 galleries, but not for all three. */
	private final ScanGalleries galleries = new ScanGalleries(clock, IRIS_100K.bytes());

	@Test
	void leaseWhenSameGalleryTwiceThenBuiltOnceAndShared() throws Exception {
		try (ScanGalleries.Lease first =
						galleries.lease(IRIS_10K, new CancellationToken()).orElseThrow();
				ScanGalleries.Lease second =
						galleries.lease(IRIS_10K, new CancellationToken()).orElseThrow()) {
			assertThat(first.builder).isTrue();
			assertThat(second.builder).isFalse();
			ScanGalleries.Built built = first.gallery();
			assertThat(second.gallery()).isSameAs(built);
			assertThat(built.iris().size()).isEqualTo(10_000);
			assertThat(built.population().size()).isEqualTo(10_000);
			assertThat(built.footprintBytes()).isLessThanOrEqualTo(IRIS_10K.bytes());
		}
		assertThat(galleries.holds(IRIS_10K)).isTrue();
		assertThat(galleries.reservedBytes()).isEqualTo(IRIS_10K.bytes());
	}

	@Test
	void leaseWhenOverBudgetThenUnusedOnesMakeRoomAndAGalleryInUseIsNeverDropped() throws Exception {
		assertThat(IRIS_10K.bytes() + FACE_10K.bytes()).isLessThan(galleries.budgetBytes());
		try (ScanGalleries.Lease held =
				galleries.lease(IRIS_10K, new CancellationToken()).orElseThrow()) {
			held.gallery();
			try (ScanGalleries.Lease other =
					galleries.lease(FACE_10K, new CancellationToken()).orElseThrow()) {
				other.gallery();
			}
			assertThat(galleries.lease(IRIS_100K, new CancellationToken()))
					.as("the 10,000-iris gallery is in use, so 100,000 must wait")
					.isEmpty();
			assertThat(galleries.holds(IRIS_10K)).as("in use, so kept").isTrue();
			assertThat(galleries.holds(FACE_10K))
					.as("unused, so dropped for room")
					.isFalse();
			assertThat(galleries.reservedBytes()).isLessThanOrEqualTo(galleries.budgetBytes());
		}
		try (ScanGalleries.Lease big =
				galleries.lease(IRIS_100K, new CancellationToken()).orElseThrow()) {
			assertThat(big.builder).isTrue();
			assertThat(galleries.holds(IRIS_10K))
					.as("no longer in use, so dropped for room")
					.isFalse();
			assertThat(galleries.reservedBytes()).isEqualTo(IRIS_100K.bytes());
			assertThat(galleries.fits(IRIS_1M)).isFalse();
		}
		clock.move(ScanGalleries.IDLE.plusSeconds(1));
		galleries.dropIdle();
		assertThat(galleries.heldCount()).isZero();
		assertThat(galleries.reservedBytes()).isZero();
	}

	@Test
	void buildWhenItsOnlyScanIsCancelledThenDroppedAtOnceAndStops() {
		ScanGalleries roomy = new ScanGalleries(clock, IRIS_1M.bytes());
		CancellationToken scan = new CancellationToken();
		ScanGalleries.Lease lease = roomy.lease(IRIS_1M, scan).orElseThrow();
		assertThat(roomy.reservedBytes()).isEqualTo(IRIS_1M.bytes());
		scan.cancel();
		lease.scanCancelled();
		assertThat(roomy.holds(IRIS_1M))
				.as("dropped when cancelled, before the build notices")
				.isFalse();
		assertThat(roomy.reservedBytes()).isZero();
		assertThatThrownBy(lease::gallery).isInstanceOf(CancellationException.class);
		lease.close();
		assertThat(roomy.holds(IRIS_1M)).isFalse();
	}

	@Test
	void keyWhenEstimatingThenCoversWhatTheGalleryHolds() {
		assertThat(IRIS_1M.bytes()).isBetween(256_000_000L, 330_000_000L);
		assertThat(new ScanGalleries.Key(Identification.Modality.FACE, 100_000, SEED).bytes())
				.isBetween(204_800_000L, 220_000_000L);
	}

	private static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-03-02T09:00:00Z");

		void move(Duration by) {
			now = now.plus(by);
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
