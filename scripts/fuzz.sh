#!/usr/bin/env bash
# Runs every libFuzzer target of tests/fuzz for SECONDS each (default 30), two at a time, from seed
# corpora made of real files: the golden households and policy, the built-in calendars, the test
# rosters, and packages, a backup, a roster XLSX and signals made by doudi-cli itself. A crash or a
# sanitizer report fails the run; its input is kept in build/fuzz/findings/, and goes to
# tests/data/fuzz/TARGET/ with a regression test (those files are replayed by every run). Needs the sanitizer build (./test.sh makes it: build/asan with DOUDI_FUZZ).
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
# FUZZ_RUNS=10000000 runs each target for that many executions instead of SECONDS; FUZZ_MAX_LEN
# sets the largest input (default 262144; long runs go faster with 8192); FUZZ_JOBS how many run at
# once (default 2); FUZZ_TIMEOUT the seconds one input may take (default 10; wall time, so a long
# run beside a build wants more); FUZZ_BUILD the sanitizer build to take them from (build/asan).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
shift || true
build="${FUZZ_BUILD:-build/asan}"
bin=$build/tests/fuzz
cli=$build/app/doudi-cli
work=build/fuzz
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(household_json policy_json calendar_json signals sync_package package_body enrolment roster_sheet backup_header)
fi
export ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}"
# Targets that read a file write each input to one in TMPDIR: in memory where there is a tmpfs, as
# ext4 flushes a file truncated and written again when it is closed (fuzz_backup_header waited on
# the disk: 1,000 executions a second against 19,000).
if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
    export TMPDIR=/dev/shm
fi
export DOUDI_PASSWORD=fuzz-seed-password DOUDI_NEW_PASSWORD=fuzz-seed-password
export DOUDI_BACKUP_PASSPHRASE=fuzz-seed-passphrase LANG=C LC_ALL=C

# Seeds, made once per build folder.
seeds="$work/seeds"
if [ ! -f "$seeds/.made" ]; then
    rm -rf "$seeds" && mkdir -p "$seeds"/{household_json,policy_json,calendar_json,signals,sync_package,package_body,enrolment,roster_sheet,backup_header}
    spec=tests/data/spec
    for f in "$spec"/examples/*/household.json; do cp "$f" "$seeds/household_json/$(basename "$(dirname "$f")").json"; done
    cp "$spec/policy-example.json" "$seeds/policy_json/"
    cp resources/calendars/*.json "$seeds/calendar_json/"
    printf '六道沟镇低保花名册,,,,,\n序号,村（社区）,姓名,与户主关系,身份证号,保障类别,月保障金\n1,六道沟村,王德福,户主,220681195603020014,低保,560\n,六道沟村,李桂兰,配偶,2.20681E+17,,\n合计,,,,,,560\n制表人：,,审核人：,,,,\n' \
        >"$seeds/roster_sheet/roster.csv"
    printf 'id_number,kind,source,date,detail\n220681198204110139,vehicle,公安局,2025-03-01,"轿车, 一辆"\n' \
        >"$seeds/signals/signals.csv"
    printf '[{"id_number": "220681198204110139", "kind": "death", "source": "民政局", "date": "2025-03-02"}]' \
        >"$seeds/signals/signals.json"
    # A township and its city, as doudi-cli makes them: an enrolment, a data package, a backup,
    # a roster workbook.
    tmp="$work/seed-sites" && rm -rf "$tmp" && mkdir -p "$tmp"
    "$cli" demo --db "$tmp/t.doudi" --households 20 --seed 5 >/dev/null 2>&1
    "$cli" init --db "$tmp/c.doudi" --kind city --site 220681 --user admin >/dev/null 2>&1
    fp=$("$cli" sync enroll --db "$tmp/c.doudi" --user admin --township 220681101 --name 六道沟镇 --out "$seeds/sync_package/enrol.pkg")
    cp "$seeds/sync_package/enrol.pkg" "$seeds/enrolment/"
    DOUDI_PASSWORD=doudi-demo "$cli" sync import --db "$tmp/t.doudi" --user admin "$seeds/sync_package/enrol.pkg" --trust "$fp" >/dev/null
    DOUDI_PASSWORD=doudi-demo "$cli" sync export --db "$tmp/t.doudi" --user admin --out "$seeds/sync_package/t1.doudi" >/dev/null
    DOUDI_PASSWORD=doudi-demo "$cli" backup create --db "$tmp/t.doudi" --user admin --to "$seeds/backup_header" >/dev/null
    DOUDI_PASSWORD=doudi-demo "$cli" roster --db "$tmp/t.doudi" --user admin --kind payment --month "$(date +%Y-%m)" --out "$seeds/roster_sheet/roster.xlsx" >/dev/null 2>&1 || true
    "$cli" household export --db "$tmp/t.doudi" --id "$("$cli" household list --db "$tmp/t.doudi" --json | sed -n 's/.*"id": "\([^"]*\)".*/\1/p' | head -1)" >"$seeds/household_json/demo.json"
    touch "$seeds/.made"
fi

mkdir -p "$work/findings"
status=0
run() {
    local target=$1
    local corpus="$work/corpus/$target"
    mkdir -p "$corpus"
    local log="$work/$target.log"
    local limit="-max_total_time=$seconds"
    [ -n "${FUZZ_RUNS:-}" ] && limit="-runs=$FUZZ_RUNS"
    if "$bin/fuzz_$target" "$limit" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 -max_len="${FUZZ_MAX_LEN:-262144}" \
        -artifact_prefix="$work/findings/$target-" -print_final_stats=1 "$corpus" "$seeds/$target" $(ls -d "tests/data/fuzz/$target" 2>/dev/null) >"$log" 2>&1; then
        echo "fuzz_$target: $(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}') executions, $(grep -oE 'cov: [0-9]+' "$log" | tail -1), no finding"
    else
        echo "fuzz_$target: FINDING — see $log and $work/findings/" >&2
        tail -30 "$log" >&2
        return 1
    fi
}
# FUZZ_JOBS at a time (default 2): a slot goes to the next target as soon as a running one ends.
jobs="${FUZZ_JOBS:-2}"
running=0
for target in "${targets[@]}"; do
    if [ $running -ge "$jobs" ]; then
        wait -n || status=1
        running=$((running - 1))
    fi
    run "$target" &
    running=$((running + 1))
done
while [ $running -gt 0 ]; do
    wait -n || status=1
    running=$((running - 1))
done
rm -f "${TMPDIR:-/tmp}"/doudi-fuzz-*.doudi-backup
exit $status
