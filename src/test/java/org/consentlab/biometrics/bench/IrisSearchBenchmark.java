package org.consentlab.biometrics.bench;

import java.util.concurrent.TimeUnit;
import org.consentlab.biometrics.SearchOptions;
import org.consentlab.biometrics.SearchProgress;
import org.consentlab.biometrics.SearchResult;
import org.consentlab.biometrics.iris.IrisCode;
import org.consentlab.biometrics.iris.IrisCodes;
import org.consentlab.biometrics.iris.IrisGallery;
import org.consentlab.biometrics.iris.IrisModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One million iris codes (256 MB in one {@code long[]}): the floor (sum every gallery word), a
 * search at one alignment, and a search with the best of 7 rotations. Targets: single ≤ 1.25 ×
 * floor, rotations ≤ 2.5 × floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
		value = 1,
		jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class IrisSearchBenchmark {

	private static final long SEED = 2026;

	private IrisGallery gallery;

	private IrisCode probe;

	@Setup
	public void build() {
		this.gallery = IrisGallery.synthetic(SEED, IrisGallery.MAX_SIZE, SearchProgress.NONE);
		this.probe = IrisCodes.capture(SEED, 777_777, 1);
	}

	@Benchmark
	public long floor() {
		return this.gallery.streamingSum();
	}

	@Benchmark
	public SearchResult singleAlignment() {
		return this.gallery.searchSingleAlignment(this.probe, IrisModel.VERIFICATION_THRESHOLD, SearchOptions.top(10));
	}

	@Benchmark
	public SearchResult sevenRotations() {
		return this.gallery.search(this.probe, IrisModel.VERIFICATION_THRESHOLD, SearchOptions.top(10));
	}
}
