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
 * The L3 gallery cache on its own: one build per (modality, size, seed) shared by every scan, at
 * most two galleries held, an unused one dropped when idle, and a build nobody waits for stopped.
 */
class ScanGalleriesTests {

	private static final long SEED = RegistryWorld.POPULATION_SEED;

	private final MovableClock clock = new MovableClock();

	private final ScanGalleries galleries = new ScanGalleries(clock);

	@Test
	void leaseWhenSameGalleryTwiceThenBuiltOnceAndShared() throws Exception {
		ScanGalleries.Key key = new ScanGalleries.Key(Identification.Modality.IRIS, 10_000, SEED);
		try (ScanGalleries.Lease first = galleries.lease(key, new CancellationToken());
				ScanGalleries.Lease second = galleries.lease(key, new CancellationToken())) {
			assertThat(first.builder).isTrue();
			assertThat(second.builder).isFalse();
			ScanGalleries.Built built = first.gallery();
			assertThat(second.gallery()).isSameAs(built);
			assertThat(built.iris().size()).isEqualTo(10_000);
			assertThat(built.population().size()).isEqualTo(10_000);
		}
		assertThat(galleries.holds(key)).isTrue();
	}

	@Test
	void leaseWhenThirdGalleryThenAnUnusedOneMakesRoomAndIdleOnesAreDropped() throws Exception {
		ScanGalleries.Key a = new ScanGalleries.Key(Identification.Modality.IRIS, 10_000, SEED);
		ScanGalleries.Key b = new ScanGalleries.Key(Identification.Modality.FACE, 10_000, SEED);
		ScanGalleries.Key c = new ScanGalleries.Key(Identification.Modality.IRIS, 12_000, SEED);
		try (ScanGalleries.Lease held = galleries.lease(a, new CancellationToken())) {
			held.gallery();
			try (ScanGalleries.Lease other = galleries.lease(b, new CancellationToken())) {
				other.gallery();
			}
			try (ScanGalleries.Lease third = galleries.lease(c, new CancellationToken())) {
				third.gallery();
			}
			assertThat(galleries.heldCount()).isEqualTo(ScanGalleries.MAX_HELD);
			assertThat(galleries.holds(a)).as("in use, so kept").isTrue();
			assertThat(galleries.holds(b)).as("unused, so dropped for room").isFalse();
		}
		clock.move(ScanGalleries.IDLE.plusSeconds(1));
		assertThat(galleries.dropIdle()).isEqualTo(2);
		assertThat(galleries.heldCount()).isZero();
	}

	@Test
	void buildWhenItsOnlyScanIsCancelledThenStopsAndIsNotKept() {
		ScanGalleries.Key key = new ScanGalleries.Key(Identification.Modality.IRIS, 1_000_000, SEED);
		CancellationToken scan = new CancellationToken();
		ScanGalleries.Lease lease = galleries.lease(key, scan);
		scan.cancel();
		lease.scanCancelled();
		assertThatThrownBy(lease::gallery).isInstanceOf(CancellationException.class);
		lease.close();
		assertThat(galleries.holds(key)).isFalse();
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
