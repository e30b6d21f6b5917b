#!/usr/bin/env bash
# Cluster test: a MongoDB-protocol read store in its own process, two application nodes on it and on a fresh
# schema of the PostgreSQL at CONTEST_EVENTSTORE_URL (required: two nodes cannot share the embedded H2), judges
# marking through both, the node running the projections killed with SIGKILL half-way. Checks the take-over,
# every acknowledged mark, the feed, both nodes' read models against rebuilds, and the event store.
# Ends with "N passed, M failed".
#   ops/cluster-test.sh [judges=12] [seconds of marking=20]
# Set CONTEST_CRASH_SKIP_BUILD=true to use the jar already built.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
source ops/scripts/find-jdk.sh
source ops/scripts/jvm-options.sh
if [ "${CONTEST_CRASH_SKIP_BUILD:-false}" != true ]; then
    ./mvnw -B -q -DskipTests package
fi
work=$(mktemp -d /tmp/contest-cluster.XXXXXX)
export CONTEST_JAVA_OPTS
"$JAVA_HOME/bin/java" -cp contest-ui/target/contest-ui.jar -Dloader.main=org.workerscontest.ops.crash.ClusterTest \
    org.springframework.boot.loader.launch.PropertiesLauncher contest-ui/target/contest-ui.jar \
    "${1:-12}" "${2:-20}" "$work" "${CONTEST_CLUSTER_PORT_A:-18281}" "${CONTEST_CLUSTER_PORT_B:-18282}" \
    "${CONTEST_CLUSTER_READ_STORE_PORT:-18283}"
