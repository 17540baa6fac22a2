#!/usr/bin/env bash
# Cuts doudi-cli writes off with SIGKILL N times (default 200) and checks what each left: the kill
# harness of ./test.sh (which runs 50), for longer. Needs the test build (./test.sh builds it).
# Usage: scripts/torture.sh [N] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
harness=build/debug/tests/TestKillHarness
if [ ! -x "$harness" ]; then
    echo "Build the tests first: ./test.sh (or cmake --build build/debug)." >&2
    exit 2
fi
export DOUDI_KILLS="${1:-200}"
if [ -n "${2:-}" ]; then
    export DOUDI_KILL_SEED="$2"
fi
exec "$harness" killsLeaveWholeRecords
