#!/usr/bin/env bash
# Builds the application and starts it on the embedded stores under ./data (kept between starts).
# Environment variables in README.md switch it to PostgreSQL and MongoDB, or load the demo data.
set -euo pipefail
cd "$(dirname "$0")"
source ops/scripts/find-jdk.sh
echo "Using JDK at $JAVA_HOME"
./mvnw -B -q -DskipTests package
source ops/scripts/jvm-options.sh
exec "$JAVA_HOME/bin/java" $CONTEST_JAVA_OPTS -jar contest-ui/target/contest-ui.jar "$@"
