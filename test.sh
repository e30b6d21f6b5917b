#!/usr/bin/env bash
# Runs every test: domain rules, projections, the application on its embedded stores, and the browser
# tests in headless Chromium (needs Debian's chromium, chromium-driver and fonts-noto-cjk; .ci/run
# installs them). Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")"
source ops/scripts/find-jdk.sh
echo "Using JDK at $JAVA_HOME"
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    echo "Browser tests need /usr/bin/chromium and /usr/bin/chromedriver:" >&2
    echo "  sudo apt-get install chromium chromium-driver fonts-noto-cjk" >&2
    exit 1
fi
./mvnw -B verify "$@"
