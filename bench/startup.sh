#!/usr/bin/env bash
# Start-up benchmark: ConsentLab's jar against a bare Spring Boot app with the same starters,
# measured in the same run (the machine is shared and noisy: compare medians and ratios).
#
#   bench/startup.sh [runs]        (builds target/consentlab.jar first when it is missing)
#
# For each app: time from launch to the first HTTP 200, and resident memory (VmRSS) right then.
# Also ConsentLab with a Class Data Sharing archive made by a training run (Java 17+).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/maven.sh
command -v curl >/dev/null || bench_die "curl is needed to see when an app answers"
RUNS=${1:-5}
JAR=target/consentlab.jar
if [ ! -f "$JAR" ]; then
  echo "startup: building $JAR (log: target/bench/startup-build.log)" >&2
  bench_mvn target/bench/startup-build.log package -DskipTests -Djacoco.skip=true -Dspotless.check.skip=true
fi
OUT=$(pwd)/bench/out; rm -rf "$OUT"; mkdir -p "$OUT"
PORT=18080

# --- the baseline: a bare application with the same starters, built from this source ----------
BASE="$OUT/bare"; mkdir -p "$BASE/src/main/java/bare" "$BASE/src/main/resources"
cat > "$BASE/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>4.0.7</version><relativePath/></parent>
  <groupId>bench</groupId><artifactId>bare</artifactId><version>1</version>
  <properties><java.version>17</java.version></properties>
  <dependencies>
$(for s in webmvc security thymeleaf data-jdbc flyway session-jdbc validation actuator; do
    echo "    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-$s</artifactId></dependency>"; done)
    <dependency><groupId>com.h2database</groupId><artifactId>h2</artifactId></dependency>
  </dependencies>
  <build><finalName>bare</finalName><plugins><plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build>
</project>
POM
cat > "$BASE/src/main/java/bare/Bare.java" <<'JAVA'
package bare;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
@SpringBootApplication @RestController
public class Bare {
  public static void main(String[] args) { SpringApplication.run(Bare.class, args); }
  @GetMapping("/labs") String labs() { return "ok"; }
  @Bean SecurityFilterChain open(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(a -> a.anyRequest().permitAll()).build(); }
}
JAVA
cat > "$BASE/src/main/resources/application.properties" <<'PROPS'
spring.datasource.url=jdbc:h2:file:./data/bare
spring.session.jdbc.initialize-schema=always
spring.flyway.enabled=false
server.address=127.0.0.1
PROPS
bench_mvn "$OUT/bare-build.log" -f "$BASE/pom.xml" package -DskipTests

# --- one measured start -------------------------------------------------------------------------
# start DIR JAR [java options...] → prints "millis rss_kb"
start() {
  local dir=$1 jar=$2; shift 2
  (cd "$dir" && exec java "$@" -jar "$jar" --server.port=$PORT >"$dir/log" 2>&1) &
  local pid=$! t0; t0=$(date +%s%N)
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/labs" || true)" = 200 ]; do
    kill -0 $pid 2>/dev/null || { echo "error: the app in $dir died; see $dir/log" >&2; exit 1; }
    sleep 0.05
  done
  local ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  local rss; rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$ms $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

measure() { # name dir jar [java options...]
  local name=$1 dir=$2 jar=$3; shift 3
  mkdir -p "$dir"; start "$dir" "$jar" "$@" >/dev/null   # first start creates the database
  for i in $(seq "$RUNS"); do start "$dir" "$jar" "$@"; done > "$OUT/$name.txt"
  echo "$name $(cut -d' ' -f1 "$OUT/$name.txt" | median) $(cut -d' ' -f2 "$OUT/$name.txt" | median)"
}

APP=$(pwd)/$JAR
# Class Data Sharing needs plain jars on the class path: extract the app (Spring Boot's tools
# jar mode), then one training run that stops after the context refresh writes the archive.
CDS="$OUT/cds"; mkdir -p "$CDS"
java -Djarmode=tools -jar "$APP" extract --destination "$CDS/app" >/dev/null
(cd "$CDS" && java -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh -jar "$CDS/app/consentlab.jar" \
  --server.port=0 >"$CDS/train.log" 2>&1 || true)

{
  measure bare "$OUT/run-bare" "$BASE/target/bare.jar"
  measure consentlab "$OUT/run-app" "$APP"
  [ -f "$CDS/app.jsa" ] && measure consentlab+cds "$OUT/run-cds" "$CDS/app/consentlab.jar" \
    -XX:SharedArchiveFile="$CDS/app.jsa"
} > "$OUT/summary.txt"

awk -v runs="$RUNS" 'BEGIN { printf "%-16s %12s %12s %10s\n", "app (" runs " runs)", "median ms", "median RSS MB", "vs bare" }
  $1 == "bare" { base = $2 }
  { printf "%-16s %12d %12.0f %9.2fx\n", $1, $2, $3 / 1024, (base ? $2 / base : 1) }' "$OUT/summary.txt"
echo "java: $(java -version 2>&1 | head -1)"
