#!/usr/bin/env bash
# Crash test: starts the application on fresh stores (an H2 file by default; a fresh schema of the PostgreSQL
# at CONTEST_EVENTSTORE_URL when set), has judges mark through the REST API, kills the application with
# SIGKILL at a random moment, restarts it on the same data and checks that every acknowledged mark is stored
# exactly once. Ends with "N passed, M failed" (one check per cycle, one of the event store at the end).
#   ops/crash-test.sh [cycles=20] [judges=30] [seconds of marking per cycle=8]
# Set CONTEST_CRASH_SKIP_BUILD=true to use the jar already built.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
source ops/scripts/find-jdk.sh
source ops/scripts/jvm-options.sh
if [ "${CONTEST_CRASH_SKIP_BUILD:-false}" != true ]; then
    ./mvnw -B -q -DskipTests package
fi
work=$(mktemp -d /tmp/contest-crash.XXXXXX)
export CONTEST_JAVA_OPTS
"$JAVA_HOME/bin/java" -cp contest-ui/target/contest-ui.jar -Dloader.main=org.workerscontest.ops.crash.CrashTest \
    org.springframework.boot.loader.launch.PropertiesLauncher contest-ui/target/contest-ui.jar \
    "${1:-20}" "${2:-30}" "${3:-8}" "$work" "${CONTEST_CRASH_PORT:-18180}"
