package org.consentlab.biometrics.bench;

import java.util.Arrays;
import java.util.function.LongSupplier;
import org.consentlab.biometrics.SearchOptions;
import org.consentlab.biometrics.SearchProgress;
import org.consentlab.biometrics.face.FaceEmbeddings;
import org.consentlab.biometrics.face.FaceGallery;
import org.consentlab.biometrics.face.FaceModel;
import org.consentlab.biometrics.face.FacePreset;
import org.consentlab.biometrics.iris.IrisCode;
import org.consentlab.biometrics.iris.IrisCodes;
import org.consentlab.biometrics.iris.IrisGallery;
import org.consentlab.biometrics.iris.IrisModel;

/**
 * Companion to the JMH benchmarks for a shared machine: JMH measures one benchmark after another,
 * so when other jobs come and go the floor and the search are timed under different loads. Here
 * each round times the floor and the searches back to back and the ratio is taken per round; the
 * median ratio over the rounds is printed. Run with the test classpath and {@code -Xmx1g}.
 *
 * <p>One more line separates compute from memory: the 7-rotation search over a small gallery that
 * stays in cache (8,192 codes, 2 MB), repeated until it has compared as many codes as the big one.
 * When that costs about as much as the full search, the search is bound by arithmetic, not by
 * memory, and no layout or cache tiling can bring it nearer the floor.
 */
public final class InterleavedRatios {

	private static final int CACHED_CODES = 8_192;

	private InterleavedRatios() {}

	public static void main(String[] args) {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 25;
		IrisGallery iris = IrisGallery.synthetic(2026, IrisGallery.MAX_SIZE, SearchProgress.NONE);
		IrisCode probe = IrisCodes.capture(2026, 777_777, 1);
		IrisGallery cached = IrisGallery.synthetic(2026, CACHED_CODES, SearchProgress.NONE);
		FaceGallery face = FaceGallery.synthetic(2026, 100_000, FacePreset.NIST_2025_ONE_TO_N, SearchProgress.NONE);
		float[] faceProbe = FaceEmbeddings.capture(2026, 54_321, 1, FacePreset.NIST_2025_ONE_TO_N);
		LongSupplier irisFloor = iris::streamingSum;
		LongSupplier single =
				() -> iris.searchSingleAlignment(probe, IrisModel.VERIFICATION_THRESHOLD, SearchOptions.top(10))
						.compared();
		LongSupplier seven = () -> iris.search(probe, IrisModel.VERIFICATION_THRESHOLD, SearchOptions.top(10))
				.compared();
		LongSupplier sevenCached = () -> {
			long compared = 0;
			while (compared < iris.size()) {
				compared += cached.search(probe, IrisModel.VERIFICATION_THRESHOLD, SearchOptions.top(10))
						.compared();
			}
			return compared;
		};
		LongSupplier faceFloor = () -> (long) face.streamingSum();
		LongSupplier scan = () -> face.search(faceProbe, FaceModel.THRESHOLD_ONE_TO_N, SearchOptions.top(10))
				.compared();
		double[][] ms = new double[6][rounds];
		for (int round = -5; round < rounds; round++) {
			double[] t = {time(irisFloor), time(single), time(seven), time(faceFloor), time(scan), time(sevenCached)};
			for (int k = 0; round >= 0 && k < t.length; k++) {
				ms[k][round] = t[k];
			}
		}
		report("iris floor (1M codes, ms)", ms[0], null);
		report("iris single alignment", ms[1], ms[0]);
		report("iris best of 7 rotations", ms[2], ms[0]);
		report("  same, gallery in cache", ms[5], ms[0]);
		report("face floor (100k x 512, ms)", ms[3], null);
		report("face scan", ms[4], ms[3]);
	}

	private static double time(LongSupplier work) {
		long start = System.nanoTime();
		long sink = work.getAsLong();
		double elapsed = (System.nanoTime() - start) / 1e6;
		return sink == Long.MIN_VALUE ? -elapsed : elapsed;
	}

	private static void report(String name, double[] times, double[] floor) {
		double[] ratio = new double[times.length];
		for (int i = 0; i < times.length; i++) {
			ratio[i] = floor == null ? times[i] : times[i] / floor[i];
		}
		System.out.printf(
				"%-30s median %.2f %s (time median %.1f ms)%n",
				name, median(ratio), floor == null ? "ms" : "x floor", median(times));
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
