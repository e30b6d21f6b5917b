#!/usr/bin/env bash
# Mark-entry benchmark on two nodes: a MongoDB-protocol read store in its own process and two application nodes
# on it and on the PostgreSQL at CONTEST_EVENTSTORE_URL (required), judges of each discipline spread over both
# nodes. Prints the same figures as ops/benchmark.sh. Not part of the test suite.
#   ops/cluster-benchmark.sh [judges=100] [seconds per phase=60] [paced marks/s=500]
# CONTEST_CLUSTER_NODES=1 runs one node on the same stores, for the figures to compare with.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [ -z "${CONTEST_EVENTSTORE_URL:-}" ]; then
    echo "Set CONTEST_EVENTSTORE_URL (and CONTEST_EVENTSTORE_USER, CONTEST_EVENTSTORE_PASSWORD) to a PostgreSQL" >&2
    exit 2
fi
source ops/scripts/find-jdk.sh
source ops/scripts/jvm-options.sh
./mvnw -B -q -DskipTests package
# A fresh schema (with psql), so that the first administrator is the benchmark's.
schema=bench_$RANDOM$RANDOM
PGPASSWORD="${CONTEST_EVENTSTORE_PASSWORD:-}" psql -q "postgresql://${CONTEST_EVENTSTORE_USER:-postgres}@${CONTEST_EVENTSTORE_URL#jdbc:postgresql://}" \
    -c "CREATE SCHEMA $schema"
case "$CONTEST_EVENTSTORE_URL" in *\?*) separator='&' ;; *) separator='?' ;; esac
export CONTEST_EVENTSTORE_URL="$CONTEST_EVENTSTORE_URL${separator}currentSchema=$schema"
data=$(mktemp -d /tmp/contest-cluster-bench.XXXXXX)
jar=contest-ui/target/contest-ui.jar
password=bench-admin-$RANDOM
read_store_port=18183
pids=()
trap 'for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true' EXIT
"$JAVA_HOME/bin/java" -cp "$jar" -Dloader.main=org.workerscontest.ops.crash.ReadStoreServer \
    org.springframework.boot.loader.launch.PropertiesLauncher "$read_store_port" > "$data/readstore.log" 2>&1 &
pids+=($!)
urls=()
nodes=(a b)
[ "${CONTEST_CLUSTER_NODES:-2}" = 1 ] && nodes=(a)
for node in "${nodes[@]}"; do
    port=$([ "$node" = a ] && echo 18181 || echo 18182)
    mkdir -p "$data/$node"
    CONTEST_DATA_DIR="$data/$node" CONTEST_ADMIN_PASSWORD="$password" PORT=$port CONTEST_NODE_NAME="node-$node" \
        CONTEST_MONGODB_URI="mongodb://127.0.0.1:$read_store_port/contest" \
        "$JAVA_HOME/bin/java" $CONTEST_JAVA_OPTS -Xlog:gc:file="$data/$node/gc.log" -jar "$jar" \
        > "$data/$node/app.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 1 180); do
        curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1 && break
        sleep 1
    done
    urls+=("http://localhost:$port")
done
"$JAVA_HOME/bin/java" -cp "$jar" -Dloader.main=org.workerscontest.ops.bench.MarkingBenchmark \
    org.springframework.boot.loader.launch.PropertiesLauncher "$(IFS=,; echo "${urls[*]}")" "$password" \
    "${1:-100}" "${2:-60}" "${3:-500}"
echo "Logs: $data/{a,b}/app.log, $data/readstore.log; event store schema $schema; JVM options: $CONTEST_JAVA_OPTS"
