#!/usr/bin/env bash
# Rebuild benchmark: stores 200,040 events on fresh embedded stores, rebuilds every projection at once
# and prints stored events per second, with the time each projection finished. It runs as a test
# (RebuildBenchmarkTest, excluded from the test suite) in a JVM with the application's own options.
#   ops/rebuild-benchmark.sh [extra Maven arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
source ops/scripts/find-jdk.sh
source ops/scripts/jvm-options.sh
./mvnw -B -q -DskipTests install -pl contest-ui -am
./mvnw -B -pl contest-ui verify -Dtests.excluded=postgres -Dgroups=benchmark -Dsurefire.failIfNoSpecifiedTests=false \
    "-DargLine=$CONTEST_JAVA_OPTS" "$@" | grep -E '^(== |events |  [a-z]+ +done after)|BUILD|ERROR'
