#!/usr/bin/env bash
# Fuzzes every parser target of ParserFuzzTests in turn (2 minutes each, set by FUZZ_TIME there), with
# Jazzer's coverage guidance. A finding is written as a new input file under
# src/test/resources/org/consentlab/fuzz/ParserFuzzTestsInputs/<target>/, so that `./mvnw verify`
# replays it from then on; the run stops at the first finding. Prints executions per target.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/maven.sh
targets=(sdJwtCompact sdJwtJson strictJson statusListToken statusList labFrontMatter "$@")
bench_mvn target/fuzz-build.log -Pfuzz test-compile
for target in "${targets[@]}"; do
  log="target/fuzz-$target.log"
  if JAZZER_FUZZ=1 ./mvnw -B -Pfuzz surefire:test@fuzz-corpus -Dtest="ParserFuzzTests#$target" >"$log" 2>&1; then
    result=ok
  else
    result="FINDING (see $log)"
  fi
  execs=$(grep -Eo '#[0-9]+' "$log" | tail -1 | tr -d '#' || true)
  if [ -z "$execs" ] && ! grep -q 'Tests run' "$log"; then
    result="NOT RUN: the fuzzer did not start (see $log)"
  fi
  echo "target=$target executions=${execs:-0} result=$result"
done
