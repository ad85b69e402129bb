package org.consentlab.verifier.bench;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.support.BarAnswer;
import org.consentlab.support.PreAuthorizedIssuance;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;

/**
 * Where one request's time goes, by kind of request: a refused direct_post (unknown state), an
 * accepted one, a static file, a protocol 404 (unknown issuer), the same on a new connection each
 * time, and a protocol GET (an issuer's JWKS metadata). The kinds take turns in short flight
 * recordings (execution samples every millisecond), cycle after cycle, so their recordings can be
 * compared layer by layer. Prints each kind's median latency and the server's CPU per request; the
 * recordings go to {@code target/bench/floor-<kind>-<cycle>.jfr}. Run with the class path
 * {@code bench/roundtrip.sh} builds: {@code java -cp ... org.consentlab.verifier.bench.FloorProfile [n]}.
 */
public final class FloorProfile {

	private FloorProfile() {}

	public static void main(String[] args) throws Exception {
		System.setProperty("jdk.httpclient.allowRestrictedHeaders", "connection");
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
		Path out = Path.of("target/bench");
		Files.createDirectories(out);
		try (RunningApp app = RunningApp.solo()) {
			HttpClient http =
					HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			WebClient web = new WebClient(app);
			web.get("/verifiers/bar");
			ECKey key =
					new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
			SdJwt credential = PreAuthorizedIssuance.personalId(app, web, key);
			String issuer = URI.create((String) credential.payload().get("iss")).getPath();

			Map<String, IntFunction<HttpRequest>> kinds = new LinkedHashMap<>();
			kinds.put("refused", i -> BarAnswer.unknown().directPost(app));
			kinds.put("static200", i -> get(app, "/css/consentlab.css"));
			kinds.put("protocol404", i -> get(app, "/.well-known/jwt-vc-issuer/issuers/no-such-issuer"));
			// the same, each on a new connection: what a refusal's 400 costs, since Tomcat closes the
			// connection after every 400 (Http11Processor.statusDropsConnection)
			kinds.put(
					"protocol404close",
					i -> HttpRequest.newBuilder(
									URI.create(app.url("/.well-known/jwt-vc-issuer/issuers/no-such-issuer")))
							.header("Connection", "close")
							.GET()
							.build());
			kinds.put("protocolGet", i -> get(app, "/.well-known/jwt-vc-issuer" + issuer));
			// warm-up of every kind, and of the accepted answer
			for (int i = 0; i < 300; i++) {
				for (IntFunction<HttpRequest> kind : kinds.values()) {
					http.send(kind.apply(i), HttpResponse.BodyHandlers.ofString());
				}
			}
			for (int i = 0; i < 200; i++) {
				send(http, BarAnswer.forNewRequest(web, credential, key).directPost(app), 200);
			}
			// The kinds take turns, a short recording each, cycle after cycle: on a shared machine the
			// load changes by the minute, and each kind then meets the same conditions on average.
			int cycles = 8;
			Map<String, Tally> tallies = new LinkedHashMap<>();
			for (int cycle = 0; cycle < cycles; cycle++) {
				for (var kind : kinds.entrySet()) {
					tallies.computeIfAbsent(kind.getKey(), k -> new Tally())
							.measure(
									out.resolve("floor-" + kind.getKey() + "-" + cycle + ".jfr"),
									n / cycles,
									http,
									kind.getValue(),
									-1);
				}
				// a learner keeps 200 transactions at a verifier: each cycle's accepted answers are
				// prepared before its recording starts
				List<BarAnswer> prepared = new ArrayList<>();
				for (int i = 0; i < Math.min(190, n / cycles); i++) {
					prepared.add(BarAnswer.forNewRequest(web, credential, key));
				}
				tallies.computeIfAbsent("accepted", k -> new Tally())
						.measure(
								out.resolve("floor-accepted-" + cycle + ".jfr"),
								prepared.size(),
								http,
								i -> prepared.get(i).directPost(app),
								200);
			}
			StringBuilder report = new StringBuilder();
			tallies.forEach((name, tally) -> report.append(tally.report(name)));
			report.append(String.format(
					"load average %s%n",
					Files.readString(Path.of("/proc/loadavg")).trim()));
			System.out.print(report);
		}
		System.exit(0);
	}

	/** One kind's latencies and server CPU, over all its recordings. */
	private static final class Tally {

		final List<Double> ms = new ArrayList<>();

		long cpuNanos;

		int code;

		void measure(Path file, int n, HttpClient http, IntFunction<HttpRequest> kind, int status) throws Exception {
			Map<String, String> settings = new LinkedHashMap<>(
					Configuration.getConfiguration("profile").getSettings());
			settings.put("jdk.ExecutionSample#period", "1 ms");
			settings.put("jdk.NativeMethodSample#period", "1 ms");
			try (Recording recording = new Recording(settings)) {
				recording.start();
				long cpu0 = serverCpu();
				for (int i = 0; i < n; i++) {
					long t0 = System.nanoTime();
					code = send(http, kind.apply(i), status);
					ms.add((System.nanoTime() - t0) / 1e6);
				}
				cpuNanos += serverCpu() - cpu0;
				recording.stop();
				recording.dump(file);
			}
		}

		String report(String name) {
			List<Double> sorted = new ArrayList<>(ms);
			Collections.sort(sorted);
			int n = sorted.size();
			return String.format(
					"%-16s %5d x  status %d  median %.2f ms  p90 %.2f ms  server CPU %.2f ms/request%n",
					name, n, code, sorted.get(n / 2), sorted.get(n * 9 / 10), cpuNanos / 1e6 / n);
		}
	}

	private static int send(HttpClient http, HttpRequest request, int expected) throws Exception {
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (expected > 0 && response.statusCode() != expected) {
			throw new IllegalStateException(
					"expected " + expected + ", got " + response.statusCode() + ": " + response.body());
		}
		return response.statusCode();
	}

	private static HttpRequest get(RunningApp app, String path) {
		return HttpRequest.newBuilder(URI.create(app.url(path))).GET().build();
	}

	private static long serverCpu() {
		var threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long sum = 0;
		for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info != null && info.getThreadName().contains("-exec-")) {
				sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
			}
		}
		return sum;
	}
}
