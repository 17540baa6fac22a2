#!/usr/bin/env bash
# Builds a Debug configuration with warnings as errors, checks formatting and runs every test.
set -euo pipefail
cd "$(dirname "$0")"

./scripts/install-deps.sh

./scripts/check-format.sh

build=build/debug
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DDOUDI_WERROR=ON -DDOUDI_BUILD_TESTS=ON -DDOUDI_FAULT_POINTS=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)"

# The installer folder must keep producing a package.
(cd "$build" && cpack -G DEB >/dev/null)
echo "Package built: $(ls "$build"/doudi_*.deb)"

# GUI tests run offscreen; the store and CLI tests never need a display.
export QT_QPA_PLATFORM=offscreen
status=0
ctest --test-dir "$build" --output-on-failure --timeout 300 --parallel "$(nproc)" || status=$?

# The whole suite a second time under AddressSanitizer and UndefinedBehaviorSanitizer (clang):
# any report ends its test with a failure. The same build carries the fuzz targets (libFuzzer),
# each run for 30 seconds from its seed corpus (scripts/fuzz.sh).
asan=build/asan
CC=clang CXX=clang++ cmake -S . -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DDOUDI_SANITIZE=ON -DDOUDI_FUZZ=ON \
    -DDOUDI_FAULT_POINTS=ON -DDOUDI_BUILD_TESTS=ON >/dev/null
cmake --build "$asan" --parallel "$(nproc)"
ASAN_OPTIONS="detect_leaks=0:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
    ctest --test-dir "$asan" --output-on-failure --timeout 900 --parallel "$(nproc)" || status=$?
./scripts/fuzz.sh 30 || status=1

# Privacy: no full ID number in anything the test run printed (messages, warnings, logs).
for log in "$build/Testing/Temporary/LastTest.log" "$asan/Testing/Temporary/LastTest.log"; do
    if [ -f "$log" ] && grep -nE '(^|[^0-9*])[0-9]{17}[0-9Xx]([^0-9]|$)' "$log" >&2; then
        echo "A full ID number appears in the test output above ($log)." >&2
        status=1
    fi
done
exit $status
