package org.consentlab.biometrics.iris;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.consentlab.biometrics.BiometricException;
import org.consentlab.biometrics.BiometricException.Problem;
import org.consentlab.biometrics.CancellationToken;
import org.consentlab.biometrics.SearchOptions;
import org.consentlab.biometrics.SearchProgress;
import org.consentlab.biometrics.SearchResult;
import org.junit.jupiter.api.Test;

class IrisGalleryTests {

	private static final IrisGallery GALLERY = IrisGallery.synthetic(11, 200_000, SearchProgress.NONE);

	@Test
	void searchWhenProbeIsRecaptureThenTrueSubjectRanksFirst() {
		SearchResult result =
				GALLERY.search(IrisCodes.capture(11, 1234, 1), IrisModel.VERIFICATION_THRESHOLD, SearchOptions.top(5));
		assertThat(result.candidates())
				.first()
				.extracting(c -> c.galleryIndex())
				.isEqualTo(1234);
		assertThat(result.compared()).isEqualTo(200_000);
		assertThat(result.cancelled()).isFalse();
	}

	@Test
	void searchWhenCancelledBeforeStartThenNothingCompared() {
		CancellationToken token = new CancellationToken();
		token.cancel();
		SearchResult result = GALLERY.search(
				IrisCodes.capture(11, 1, 1), 0.32, SearchOptions.top(5).withCancellation(token));
		assertThat(result.cancelled()).isTrue();
		assertThat(result.compared()).isZero();
	}

	@Test
	void searchWhenCancelledMidwayThenStopsAndOtherSearchesFinish() throws Exception {
		CancellationToken token = new CancellationToken();
		AtomicLong seen = new AtomicLong();
		SearchProgress cancelAfterFirstChunk = (done, total) -> {
			seen.set(done);
			token.cancel();
		};
		CompletableFuture<SearchResult> cancelled = CompletableFuture.supplyAsync(() -> GALLERY.search(
				IrisCodes.capture(11, 2, 1),
				0.32,
				SearchOptions.top(5).withCancellation(token).withProgress(cancelAfterFirstChunk)));
		CompletableFuture<SearchResult> other = CompletableFuture.supplyAsync(
				() -> GALLERY.search(IrisCodes.capture(11, 3, 1), 0.32, SearchOptions.top(5)));
		assertThat(cancelled.get(30, TimeUnit.SECONDS).cancelled()).isTrue();
		assertThat(cancelled.get().compared()).isLessThan(GALLERY.size());
		assertThat(other.get(30, TimeUnit.SECONDS).compared()).isEqualTo(GALLERY.size());
		assertThat(other.get().candidates())
				.first()
				.extracting(c -> c.galleryIndex())
				.isEqualTo(3);
		assertThat(seen.get()).isPositive();
	}

	@Test
	void searchWhenNegativeThresholdThenThresholdOutOfRange() {
		assertThatThrownBy(() -> GALLERY.search(IrisCodes.capture(11, 1, 1), -0.1, SearchOptions.top(5)))
				.isInstanceOfSatisfying(
						BiometricException.class,
						e -> assertThat(e.problem()).isEqualTo(Problem.THRESHOLD_OUT_OF_RANGE))
				.hasMessageContaining("between 0.0 and 0.5");
	}

	@Test
	void ofWhenGalleryOverTheLimitThenSizeOutOfRange() {
		assertThatThrownBy(() -> IrisGallery.synthetic(1, IrisGallery.MAX_SIZE + 1, SearchProgress.NONE))
				.isInstanceOfSatisfying(
						BiometricException.class, e -> assertThat(e.problem()).isEqualTo(Problem.SIZE_OUT_OF_RANGE));
	}

	@Test
	void irisCodeWhenWrongLengthThenMalformedProbe() {
		assertThatThrownBy(() -> IrisCode.withSharedMask(new long[31]))
				.isInstanceOfSatisfying(
						BiometricException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MALFORMED_PROBE))
				.hasMessageContaining("2,048 bits");
	}

	@Test
	void searchWhenProbeHasOtherMaskThenMalformedProbe() {
		long[] mask = IrisLayout.sharedMask();
		mask[0] = 0;
		IrisCode probe = new IrisCode(IrisCodes.enrolmentBits(11, 1), mask);
		assertThatThrownBy(() -> GALLERY.search(probe, 0.32, SearchOptions.top(5)))
				.isInstanceOfSatisfying(
						BiometricException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MALFORMED_PROBE));
	}

	@Test
	void syntheticWhenSameSeedThenSameGalleryAndProgressReachesTotal() {
		AtomicLong last = new AtomicLong();
		IrisGallery again = IrisGallery.synthetic(11, 200_000, (done, total) -> last.accumulateAndGet(done, Math::max));
		assertThat(again.streamingSum()).isEqualTo(GALLERY.streamingSum());
		assertThat(again.code(199_999)).isEqualTo(GALLERY.code(199_999));
		assertThat(last.get()).isEqualTo(200_000);
		assertThat(GALLERY.footprintBytes()).isEqualTo(200_000L * 256 + 256);
	}
}
