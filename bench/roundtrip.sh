#!/usr/bin/env bash
# HTTP round-trip benchmark of the Wallet world: simulated learners receive a personal ID over
# OpenID4VCI, start a request at the bar, and answer it by direct_post, many at once; beside it, the
# credential core's in-process verify of the same presentations, measured in the same run, so the
# HTTP overhead is a difference and a ratio taken on the same machine at the same time.
#
#   bench/roundtrip.sh [learners=200] [presentations per learner=3] [sequential presentations=300]
#   (learners=0: only the sequential figures, without the concurrent phases)
#
# Prints the median and 99th percentile latency of the verifier's response endpoint, one at a time
# and under load, the throughput, and the load average (the machine may be shared: say so).
# Maven's output goes to target/bench/roundtrip-build.log; MVN_OFFLINE=-o keeps Maven offline.
# JFR=1 also records a flight recording of the app (target/bench/roundtrip.jfr); BENCH_JAVA_OPTS
# passes JVM options (and -Dsome.property=value settings of the app) to the benchmark's JVM.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/maven.sh
LOG=target/bench/roundtrip-build.log
echo "roundtrip: compiling (log: $LOG)" >&2
bench_mvn "$LOG" test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath -Djacoco.skip=true
[ -s target/bench.classpath ] || bench_die "Maven wrote no class path (target/bench.classpath); see $LOG"
JFR_OPTS=()
[ "${JFR:-0}" = 1 ] && JFR_OPTS=(-XX:StartFlightRecording=filename=target/bench/roundtrip.jfr,settings=profile)
exec java -Xmx1g "${JFR_OPTS[@]}" ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.consentlab.verifier.bench.RoundTripBench "$@"
