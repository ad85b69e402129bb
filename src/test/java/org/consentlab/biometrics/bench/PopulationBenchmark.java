package org.consentlab.biometrics.bench;

import java.util.concurrent.TimeUnit;
import org.consentlab.biometrics.SearchProgress;
import org.consentlab.population.Population;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Generating a population of 1,000,000 people from a seed. Target: under 60 s on 2 cores. */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
		value = 1,
		jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class PopulationBenchmark {

	@Benchmark
	public Population millionPeople() {
		return Population.generate(2026, Population.MAX_SIZE, SearchProgress.NONE);
	}
}
