#!/usr/bin/env bash
# Mark-entry benchmark: starts the application on fresh embedded stores (the event store on the PostgreSQL at
# CONTEST_EVENTSTORE_URL, with CONTEST_EVENTSTORE_USER/PASSWORD, when set), drives it with simulated
# judges through the REST API, prints the figures, and stops it. Not part of the test suite.
#   ops/benchmark.sh [judges=100] [seconds per phase=60] [paced marks/s=500]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
source ops/scripts/find-jdk.sh
source ops/scripts/jvm-options.sh
./mvnw -B -q -DskipTests package
data=$(mktemp -d /tmp/contest-bench.XXXXXX)
port=18080
password=bench-admin-$RANDOM
CONTEST_DATA_DIR="$data" CONTEST_ADMIN_PASSWORD="$password" PORT=$port \
    "$JAVA_HOME/bin/java" $CONTEST_JAVA_OPTS -Xlog:gc:file="$data/gc.log" -jar contest-ui/target/contest-ui.jar \
    > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1 && break
    sleep 1
done
"$JAVA_HOME/bin/java" -cp contest-ui/target/contest-ui.jar -Dloader.main=org.workerscontest.ops.bench.MarkingBenchmark \
    org.springframework.boot.loader.launch.PropertiesLauncher "http://localhost:$port" "$password" "${1:-100}" "${2:-60}" "${3:-500}"
echo "Application log: $data/app.log; garbage collections: $data/gc.log; JVM options: $CONTEST_JAVA_OPTS"
