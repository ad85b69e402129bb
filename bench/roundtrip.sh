#!/usr/bin/env bash
# HTTP round-trip benchmark of the Wallet world: simulated learners receive a personal ID over
# OpenID4VCI, start a request at the bar, and answer it by direct_post, many at once; beside it, the
# credential core's in-process verify of the same presentations, measured in the same run.
#
#   bench/roundtrip.sh [learners=200] [presentations per learner=3] [sequential presentations=300]
#
# Prints the median and 99th percentile latency of the verifier's response endpoint, one at a time
# and under load, the throughput, and the load average (the machine may be shared: say so).
set -euo pipefail
cd "$(dirname "$0")/.."
MVN="./mvnw -q ${MVN_OFFLINE:--o}"
$MVN test-compile
$MVN dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.consentlab.verifier.bench.RoundTripBench "$@"
