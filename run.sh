#!/usr/bin/env bash
# Builds a Release and opens the desktop app on a demo township database
# (created on first run under the user's data directory, never inside the repository).
set -euo pipefail
cd "$(dirname "$0")"

./scripts/install-deps.sh

build=build/release
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDOUDI_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)"

cli="$build/app/doudi-cli"
app="$build/app/doudi"
db="$("$cli" paths --demo-db)"

if [ ! -f "$db" ]; then
    mkdir -p "$(dirname "$db")"
    echo "Creating the demo township database: $db" >&2
    "$cli" demo --db "$db" --households 2000 --seed 1
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    "$cli" summary --db "$db"
    echo >&2
    echo "No display found. On a desktop, open the app with:  $app --db \"$db\"" >&2
    echo "or run it here under a virtual display:  xvfb-run -a $app --db \"$db\"" >&2
    exit 0
fi

exec "$app" --db "$db"
