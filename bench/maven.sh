# Sourced by the scripts under bench/: runs Maven with its whole output in a log file, and when it
# fails, prints Maven's errors, the log's path and the likely cause, instead of exiting silently.
# Maven runs online by default, so a fresh clone fetches what it lacks; MVN_OFFLINE=-o keeps it
# offline (then every plugin a script uses must already be in ~/.m2).

# bench_die MESSAGE: prints why the script stops, and stops it.
bench_die() {
  echo "$(basename "$0"): $*" >&2
  exit 1
}

# bench_mvn LOG ARGS...: ./mvnw -B ARGS with the output in LOG.
bench_mvn() {
  local log=$1
  shift
  mkdir -p "$(dirname "$log")"
  if ! ./mvnw -B ${MVN_OFFLINE:-} "$@" >"$log" 2>&1; then
    grep -E '^\[ERROR\]' "$log" | head -20 >&2 || tail -20 "$log" >&2
    if grep -qE 'offline|Cannot access .* in offline mode|Could not resolve|could not be resolved|Unknown host' "$log"; then
      echo "(a dependency or plugin is missing from ~/.m2; run once online, without MVN_OFFLINE=-o)" >&2
    fi
    bench_die "Maven failed: ./mvnw $*; the whole output is in $log"
  fi
}

command -v java >/dev/null || bench_die "java is not on the PATH (Java 17 or newer is needed)"
