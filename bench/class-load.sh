#!/usr/bin/env bash
# A class load test: builds the jar, starts ConsentLab in classroom mode on a fresh database, creates
# an instructor (command line) and a class (web UI), and lets LEARNERS simulated learners join with
# the code and work through both worlds for MINUTES minutes, with Gatling (src/load/java, the `load`
# Maven profile); one instructor keeps the live dashboard open.
#
#   bench/class-load.sh LEARNERS MINUTES [--instances N] [--chaos]
#
#   --instances N  N instances (N >= 2) on one PostgreSQL, behind haproxy with no sticky sessions
#   --chaos        kill -9 one instance halfway through and start it again; every write Gatling saw
#                  acknowledged (2xx/3xx) is then looked for in the database
#
# One instance uses an H2 file database. PostgreSQL and haproxy come from Debian
# (apt-get install postgresql haproxy). MVN_OFFLINE=-o keeps Maven offline. The Gatling report and every log stay under
# target/class-load/. The last line printed is:
#   learners=N requests=N failed=N p50_ms=N p95_ms=N p99_ms=N direct_post_p99_ms=N max_rss_mb=N lost_writes=N
# The load generator runs on the same machine as the app: read the figures with the load average.
# JFR=1 also records a flight recording of each instance (target/class-load/app-N.jfr).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

. bench/maven.sh
die() { bench_die "$@"; }
usage() { echo "usage: bench/class-load.sh LEARNERS MINUTES [--instances N] [--chaos]" >&2; exit 2; }

[ $# -ge 2 ] || usage
LEARNERS=$1 MINUTES=$2; shift 2
INSTANCES=1 CHAOS=0
while [ $# -gt 0 ]; do
  case $1 in
    --instances) [ $# -ge 2 ] || usage; INSTANCES=$2; shift 2 ;;
    --chaos) CHAOS=1; shift ;;
    *) usage ;;
  esac
done
[[ $LEARNERS =~ ^[1-9][0-9]*$ && $MINUTES =~ ^[1-9][0-9]*$ && $INSTANCES =~ ^[1-9][0-9]*$ ]] \
  || die "LEARNERS, MINUTES and --instances must be positive whole numbers"
command -v python3 >/dev/null || die "python3 is needed to read Gatling's statistics"
command -v curl >/dev/null || die "curl is needed to create the class"
if [ "$INSTANCES" -ge 2 ]; then
  command -v haproxy >/dev/null || die "--instances $INSTANCES needs haproxy: apt-get install haproxy"
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$PGBIN" ] && [ -x "$PGBIN/initdb" ] || die "--instances $INSTANCES needs PostgreSQL: apt-get install postgresql"
fi

OUT=$ROOT/target/class-load
rm -rf "$OUT"; mkdir -p "$OUT"
PIDS=() PG_DIR="" HAPROXY_PID=""
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -n "$HAPROXY_PID" ] && kill "$HAPROXY_PID" 2>/dev/null || true
  if [ -n "$PG_DIR" ]; then as_postgres "$PGBIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$PG_DIR"; fi
  [ -n "${CHAOS_PID:-}" ] && kill "$CHAOS_PID" 2>/dev/null || true
  return 0
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

echo "class-load: building the jar and the load test (log: $OUT/build.log)"
bench_mvn "$OUT/build.log" -Pload package -DskipTests -Djacoco.skip=true -Dspotless.check.skip=true \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath"
JAR=$ROOT/target/consentlab.jar
[ -f "$JAR" ] || die "the build made no $JAR"

# --- the database ---------------------------------------------------------------------------------
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$INSTANCES" -ge 2 ]; then
  PG_DIR=$(mktemp -d /tmp/consentlab-load-pg.XXXXXX); PG_PORT=$(free_port)
  [ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
  as_postgres "$PGBIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust >"$OUT/postgres-init.log" 2>&1 \
    || die "initdb failed; see $OUT/postgres-init.log"
  as_postgres "$PGBIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null \
    || die "PostgreSQL did not start; see $PG_DIR/postgres.log"
  as_postgres "$PGBIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres consentlab
  DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/consentlab" DB_USER=postgres DB_PASSWORD=postgres
else
  DB_URL="jdbc:h2:file:$OUT/db/consentlab;AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0" DB_USER=consentlab DB_PASSWORD=
fi
DB_ARGS=(--spring.datasource.url="$DB_URL" --spring.datasource.username="$DB_USER" --spring.datasource.password="$DB_PASSWORD")

# Classroom mode seals every private key with a key-encryption key; this run makes its own.
CONSENTLAB_KEY_ENCRYPTION_KEY=$(python3 -c 'import base64, os; print(base64.b64encode(os.urandom(32)).decode())')
export CONSENTLAB_KEY_ENCRYPTION_KEY

# --- an instructor, from the command line ---------------------------------------------------------
INSTRUCTOR=load-instructor PASSWORD="load-test-$(date +%s)-pass"
echo "$PASSWORD" | java -jar "$JAR" instructor add "$INSTRUCTOR" --password-stdin "${DB_ARGS[@]}" \
  >"$OUT/instructor.log" 2>&1 || die "could not create the instructor; see $OUT/instructor.log"

# --- the instances --------------------------------------------------------------------------------
HEAP=${LOAD_HEAP:-1536m}
PORTS=()
for i in $(seq "$INSTANCES"); do PORTS+=("$(free_port)"); done
# Behind a balancer every instance must name the same issuers and verifiers (credential_issuer,
# client_id, response_uri): the balancer's address, as the README's two-instance setup says.
PUBLIC=()
if [ "$INSTANCES" -ge 2 ]; then
  LB_PORT=$(free_port)
  PUBLIC=(--consentlab.public-url="http://127.0.0.1:$LB_PORT")
fi
start_instance() { # index → starts it in the background, sets PIDS[index]
  local i=$1 jfr=()
  [ "${JFR:-0}" = 1 ] && jfr=(-XX:StartFlightRecording=filename="$OUT/app-$i.jfr",settings=profile)
  java -Xmx"$HEAP" -XX:+ExitOnOutOfMemoryError -Xlog:gc:file="$OUT/gc-$i.log" "${jfr[@]}" -jar "$JAR" --consentlab.mode=classroom \
    --consentlab.allow-plain-http=true --server.port="${PORTS[$i]}" --server.address=127.0.0.1 \
    --logging.level.root=warn "${PUBLIC[@]}" "${DB_ARGS[@]}" >>"$OUT/app-$i.log" 2>&1 &
  PIDS[$i]=$!
}
wait_ready() { # index
  local i=$1 t=0
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${PORTS[$i]}/actuator/health/readiness" || true)" = 200 ]; do
    kill -0 "${PIDS[$i]}" 2>/dev/null || { tail -20 "$OUT/app-$i.log" >&2; die "instance $i died at start; see $OUT/app-$i.log"; }
    t=$((t + 1)); [ $t -lt 1200 ] || die "instance $i not ready after 2 minutes; see $OUT/app-$i.log"
    sleep 0.1
  done
}
for i in $(seq 0 $((INSTANCES - 1))); do start_instance "$i"; done
for i in $(seq 0 $((INSTANCES - 1))); do wait_ready "$i"; done

if [ "$INSTANCES" -ge 2 ]; then
  {
    cat <<CFG
global
  maxconn 4000
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  retries 3
  option redispatch
  retry-on conn-failure empty-response response-timeout
  option forwardfor
frontend class
  bind 127.0.0.1:$LB_PORT
  default_backend app
backend app
  balance roundrobin
  option httpchk GET /actuator/health/readiness
CFG
    for i in $(seq 0 $((INSTANCES - 1))); do
      echo "  server app$i 127.0.0.1:${PORTS[$i]} check inter 1s fall 2 rise 2"
    done
  } >"$OUT/haproxy.cfg"
  haproxy -f "$OUT/haproxy.cfg" -db >"$OUT/haproxy.log" 2>&1 &
  HAPROXY_PID=$!
  BASE=http://127.0.0.1:$LB_PORT
  until curl -s -o /dev/null "$BASE/login"; do kill -0 $HAPROXY_PID || die "haproxy did not start; see $OUT/haproxy.log"; sleep 0.1; done
else
  BASE=http://127.0.0.1:${PORTS[0]}
fi

# --- a class, through the web UI ------------------------------------------------------------------
JAR_COOKIES=$OUT/instructor.cookies
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
TOKEN=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | csrf)
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "username=$INSTRUCTOR" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$TOKEN" "$BASE/login"
TOKEN=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/classes" | csrf)
[ -n "$TOKEN" ] || die "the instructor could not sign in"
LOCATION=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" \
  --data-urlencode "name=Load test class" --data-urlencode "_csrf=$TOKEN" "$BASE/classes")
CLASS_ID=${LOCATION##*/classes/}
[[ $CLASS_ID =~ ^[0-9]+$ ]] || die "the class was not created (answer: '$LOCATION')"
# as many seats as learners (a new class has consentlab.classroom.max-learners, 100 by default)
TOKEN=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/classes/$CLASS_ID" | csrf)
SEATS=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" \
  --data-urlencode "seats=$LEARNERS" --data-urlencode "_csrf=$TOKEN" "$BASE/classes/$CLASS_ID/seats")
[[ $SEATS =~ ^30[23]$ ]] || die "the class did not take $LEARNERS seats (answer: $SEATS; at most 1000)"
JOIN_CODE=$(curl -s -b "$JAR_COOKIES" "$BASE/classes/$CLASS_ID" | grep -o 'id="join-code">[A-Z0-9]*<' | sed 's/.*>//; s/<//')
[ -n "$JOIN_CODE" ] || die "no join code on the dashboard of class $CLASS_ID"
echo "class-load: class $CLASS_ID, join code $JOIN_CODE, $INSTANCES instance(s) at $BASE"

# --- peak memory, and the fault -------------------------------------------------------------------
PEAK_KB=0
peak() { # the largest VmHWM (peak resident set) of the running instances so far
  for pid in "${PIDS[@]}"; do
    local kb; kb=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    [ "${kb:-0}" -gt "$PEAK_KB" ] && PEAK_KB=$kb
  done
  return 0
}
if [ "$CHAOS" = 1 ]; then
  (
    # halfway through the simulation itself: it starts when it opens its file of acknowledged writes
    until [ -e "$OUT/acknowledged.tsv" ]; do sleep 0.5; done
    sleep $((MINUTES * 30))
    victim=$(( INSTANCES > 1 ? 1 : 0 ))
    awk '/VmHWM/ {print $2}' "/proc/${PIDS[$victim]}/status" >"$OUT/chaos-peak-kb" 2>/dev/null || true
    echo "class-load: kill -9 instance $victim (pid ${PIDS[$victim]}) at $(date -u +%T)" | tee -a "$OUT/chaos.log" >&2
    kill -9 "${PIDS[$victim]}"
    sleep 1
    start_instance "$victim"
    echo "${PIDS[$victim]}" >"$OUT/chaos-new-pid"
    wait_ready "$victim"
    echo "class-load: instance $victim back at $(date -u +%T)" | tee -a "$OUT/chaos.log" >&2
  ) &
  CHAOS_PID=$!
fi

# --- the class ------------------------------------------------------------------------------------
echo "class-load: $LEARNERS learners for $MINUTES minute(s); Gatling log: $OUT/gatling.log"
# every failed request with its answer (status, start of the body) in failed-requests.log, to read why
cat >"$OUT/logback-gatling.xml" <<XML
<configuration>
  <appender name="KO" class="ch.qos.logback.core.FileAppender">
    <file>$OUT/failed-requests.log</file>
    <encoder><pattern>%d{HH:mm:ss.SSS} %msg%n</pattern></encoder>
  </appender>
  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{15} - %msg%n</pattern></encoder>
  </appender>
  <logger name="io.gatling.http.engine.response" level="DEBUG" additivity="false"><appender-ref ref="KO"/></logger>
  <root level="WARN"><appender-ref ref="OUT"/></root>
</configuration>
XML
bench_mvn "$OUT/gatling.log" -Pload gatling:test -Dgatling.simulationClass=org.consentlab.load.ClassSimulation \
  -Dload.baseUrl="$BASE" -Dload.learners="$LEARNERS" -Dload.minutes="$MINUTES" -Dload.joinCode="$JOIN_CODE" \
  -Dload.classId="$CLASS_ID" -Dload.instructor="$INSTRUCTOR" -Dload.password="$PASSWORD" \
  -Dload.run="l$(date +%s)" -Dload.acks="$OUT/acknowledged.tsv" -Dlogback.configurationFile="$OUT/logback-gatling.xml"
if [ "$CHAOS" = 1 ]; then
  wait "$CHAOS_PID" || die "the instance killed by --chaos did not come back; see $OUT/chaos.log"
  CHAOS_PID=""
  victim=$(( INSTANCES > 1 ? 1 : 0 )); PIDS[$victim]=$(cat "$OUT/chaos-new-pid")
  PEAK_KB=$(cat "$OUT/chaos-peak-kb" 2>/dev/null || echo 0)
fi
peak
LOAD_AVG=$(cut -d' ' -f1-3 /proc/loadavg)

# Stop the app (gracefully) before reading an H2 file that it holds.
for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
for pid in "${PIDS[@]}"; do
  for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
done
PIDS=()
LOST=$(java -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$OUT/classpath")" org.consentlab.load.LostWrites \
  "$OUT/acknowledged.tsv" "$DB_URL" "$DB_USER" "$DB_PASSWORD" 2>"$OUT/lost-writes.err" | tee "$OUT/lost-writes.txt" | tail -1) \
  || die "could not compare the acknowledged writes with the database; see $OUT/lost-writes.err"
LOST_WRITES=${LOST##*lost_writes=}

REPORT=$(ls -td "$ROOT"/target/gatling/classsimulation-* 2>/dev/null | head -1)
[ -n "$REPORT" ] && [ -f "$REPORT/index.html" ] || die "Gatling wrote no report; see $OUT/gatling.log"
echo "class-load: Gatling report $REPORT/index.html; load average at the end $LOAD_AVG ($(nproc) cores, load generator on the same machine)"
grep -E '^lost:' "$OUT/lost-writes.txt" | head -5 || true
# Every request waits while the collector stops the app: the pauses, to set beside the slowest requests.
# A restarted instance (--chaos) moves its earlier log aside as gc-N.log.0, so both are read.
cat "$OUT"/gc-*.log* 2>/dev/null | python3 -c '
import re, sys
ms = sorted(float(m) for m in re.findall(r"Pause.* ([0-9.]+)ms$", sys.stdin.read(), re.M))
if ms:
    print("class-load: %d GC pauses, %.0f ms in all; longest %.0f ms; over 100 ms: %d" % (
        len(ms), sum(ms), ms[-1], sum(1 for m in ms if m > 100)))
' || true
# The numbers are read from the statistics table of Gatling's report (columns: 2 total, 4 KO,
# 8 p50, 10 p95, 11 p99 in ms).
python3 - "$REPORT/index.html" "$LEARNERS" "$((PEAK_KB / 1024))" "$LOST_WRITES" <<'PY'
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
rows = {}
for row in html.split("<tr")[1:]:
    name = re.search(r'class="ellipsed-name">([^<]+)<', row)
    if name:
        rows.setdefault(name.group(1), {int(c): v for c, v in re.findall(r'col-(\d+)">([^<]*)<', row)})
def n(row, col):
    # Gatling prints "-" for an empty KO count; a row or column that is missing altogether is -1.
    if row not in rows or col not in rows[row]:
        return -1
    v = rows[row][col]
    return 0 if v == "-" else int(float(v)) if re.match(r"^[0-9.]+$", v) else -1
print("learners=%s requests=%d failed=%d p50_ms=%d p95_ms=%d p99_ms=%d direct_post_p99_ms=%d max_rss_mb=%s lost_writes=%s" % (
    sys.argv[2], n("All Requests", 2), n("All Requests", 4), n("All Requests", 8), n("All Requests", 10),
    n("All Requests", 11), n("direct_post", 11), sys.argv[3], sys.argv[4]))
PY
