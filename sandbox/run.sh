#!/usr/bin/env bash
# Builds Session Control from the repository root (the module jars, the .modl and the sandbox),
# then runs the sandbox: a stand-in gateway on 127.0.0.1 with simulated Vision clients,
# simulated Perspective sessions and the web panel.
#
#   bash sandbox/run.sh                 # the demo (refused and granted kicks, Perspective too)
#   bash sandbox/run.sh serve           # interactive: type system.sessions script lines
#   bash sandbox/run.sh serve --clients 5 --veto-shutdown
#   bash sandbox/run.sh serve --no-perspective --web-port 8099
#   bash sandbox/run.sh --help
#
# Needs Java 17+ and Maven 3.8+.
set -euo pipefail
cd "$(dirname "$0")/.."

# The build's output is kept aside and shown only if it fails: Maven 3.8 prints colour resets
# (ESC[0m) even with -q -B, which would otherwise open the demo's transcript.
build_log="$(mktemp)"
trap 'rm -f "$build_log"' EXIT
if ! mvn -q -B -Dstyle.color=never -DskipTests package >"$build_log" 2>&1; then
    cat "$build_log" >&2
    echo "run.sh: the build failed; see above" >&2
    exit 1
fi
rm -f "$build_log"
if [ "$#" -eq 0 ]; then
    set -- demo
fi
exec java -jar sandbox/target/session-control-sandbox.jar "$@"
