package org.consentlab.credential.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.jose.CryptoProvider;

/**
 * The operations of {@link SdJwtBenchmark}, measured in thread CPU time and interleaved round by
 * round, so that a shared machine's changing load hits every operation alike. JMH runs one
 * benchmark after another, and on a busy two-core machine its ratios between benchmarks then
 * measure the load as much as the code. Run the class's {@code main} on the test classpath.
 */
public final class InterleavedCpuTime {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private InterleavedCpuTime() {}

	/**
	 * Prints the median CPU microseconds per operation for each provider, and the median over
	 * rounds of verify's time divided by each floor's in the same round. Arguments: the
	 * number of rounds (15), then the providers to measure (all).
	 */
	public static void main(String[] args) throws Exception {
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 15;
		List<CryptoProvider> providers = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			providers.add(CryptoProvider.valueOf(args[i]));
		}
		for (CryptoProvider provider : providers.isEmpty() ? List.of(CryptoProvider.values()) : providers) {
			SdJwtBenchmark state = new SdJwtBenchmark();
			state.provider = provider;
			state.setUp();
			Map<String, Op> ops = operations(state);
			measure(ops, 3);
			Map<String, List<Double>> times = measure(ops, rounds);
			System.out.println(System.getProperty("java.version") + " " + provider);
			times.forEach((name, samples) -> System.out.printf("  %-16s %8.0f us/op (CPU)%n", name, median(samples)));
			printRatio(times, "cryptoFloor", rounds);
			printRatio(times, "signatureFloor", rounds);
		}
	}

	private static Map<String, Op> operations(SdJwtBenchmark state) {
		Map<String, Op> ops = new LinkedHashMap<>();
		ops.put("issue", state::issue);
		ops.put("present", state::present);
		ops.put("verify", state::verify);
		ops.put("cryptoFloor", state::cryptoFloor);
		ops.put("signatureFloor", state::signatureFloor);
		ops.put("authleteIssue", state::authleteIssue);
		ops.put("authletePresent", state::authletePresent);
		ops.put("authleteVerify", state::authleteVerify);
		return ops;
	}

	private static Map<String, List<Double>> measure(Map<String, Op> ops, int rounds) throws Exception {
		Map<String, List<Double>> times = new LinkedHashMap<>();
		for (int round = 0; round < rounds; round++) {
			for (Map.Entry<String, Op> op : ops.entrySet()) {
				long start = THREADS.getCurrentThreadCpuTime();
				for (int i = 0; i < 50; i++) {
					op.getValue().run();
				}
				double micros = (THREADS.getCurrentThreadCpuTime() - start) / 50_000.0;
				times.computeIfAbsent(op.getKey(), (name) -> new ArrayList<>()).add(micros);
			}
		}
		return times;
	}

	/** The median over rounds of verify's time divided by the floor's in the same round. */
	private static void printRatio(Map<String, List<Double>> times, String floor, int rounds) {
		List<Double> ratios = new ArrayList<>();
		for (int round = 0; round < rounds; round++) {
			ratios.add(times.get("verify").get(round) / times.get(floor).get(round));
		}
		System.out.printf(
				"  verify/%-14s %6.3f (median of per-round ratios; %s/verify %.3f)%n",
				floor, median(ratios), floor, 1 / median(ratios));
	}

	private static double median(List<Double> samples) {
		List<Double> sorted = new ArrayList<>(samples);
		sorted.sort(null);
		return sorted.get(sorted.size() / 2);
	}

	@FunctionalInterface
	private interface Op {

		Object run() throws Exception;
	}
}
