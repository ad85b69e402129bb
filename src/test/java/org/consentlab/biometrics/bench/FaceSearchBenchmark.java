package org.consentlab.biometrics.bench;

import java.util.concurrent.TimeUnit;
import org.consentlab.biometrics.SearchOptions;
import org.consentlab.biometrics.SearchProgress;
import org.consentlab.biometrics.SearchResult;
import org.consentlab.biometrics.face.FaceEmbeddings;
import org.consentlab.biometrics.face.FaceGallery;
import org.consentlab.biometrics.face.FaceModel;
import org.consentlab.biometrics.face.FacePreset;
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
 * 100,000 face embeddings of 512 floats (205 MB): the floor (sum every float) against a full
 * scan. Target: scan throughput ≥ 0.8 × the floor's, i.e. scan time ≤ 1.25 × floor time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
		value = 1,
		jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class FaceSearchBenchmark {

	private static final long SEED = 2026;

	private FaceGallery gallery;

	private float[] probe;

	@Setup
	public void build() {
		this.gallery = FaceGallery.synthetic(SEED, 100_000, FacePreset.NIST_2025_ONE_TO_N, SearchProgress.NONE);
		this.probe = FaceEmbeddings.capture(SEED, 54_321, 1, FacePreset.NIST_2025_ONE_TO_N);
	}

	@Benchmark
	public double floor() {
		return this.gallery.streamingSum();
	}

	@Benchmark
	public SearchResult scan() {
		return this.gallery.search(this.probe, FaceModel.THRESHOLD_ONE_TO_N, SearchOptions.top(10));
	}
}
