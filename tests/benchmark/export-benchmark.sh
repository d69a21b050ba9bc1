#!/usr/bin/env bash
# The export benchmark: the problem list of each demo database exported to .csv and .xlsx by
# qinqing-cli, beside the raw floor for the same rows — the sqlite3 shell's CSV of the export's
# own SELECT, and xlsx_baseline (the same SELECT through SQLite's C API into libxlsxwriter in
# constant-memory mode). CPU is user + system time of the whole process, peak memory its
# maximum resident set, both from /usr/bin/time; the median of RUNS runs (default 3).
#
#   tests/benchmark/export-benchmark.sh BUILD_DIR demo-10000.sqlite demo-100000.sqlite ...
#
# Make the databases with `qinqing-cli --db demo-N.sqlite init`, then `… demo --appeals N`.
# Prints a Markdown table for tests/benchmark/README.md.
set -euo pipefail
build=$1
shift
runs=${RUNS:-3}
cli=$build/app/qinqing-cli/qinqing-cli
sqlgen=$build/tests/benchmark/qinqing-export-sql
baseline=$build/tests/benchmark/xlsx_baseline
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# measure OUTFILE COMMAND...: prints "cpu_seconds peak_mb" of the median run (by CPU).
measure() {
    local out=$1
    shift
    local results=()
    for ((i = 0; i < runs; i++)); do
        rm -f "$out"
        /usr/bin/time -f "%U %S %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || {
            cat "$work/err" >&2
            exit 1
        }
        read -r user sys rss <"$work/time"
        results+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }') $((rss / 1024))")
    done
    printf '%s\n' "${results[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}

echo "| rows | format | ours: CPU s | ours: peak MB | raw: CPU s | raw: peak MB | CPU ours/raw | file MB |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|"
for db in "$@"; do
    rows=$(sqlite3 -readonly "$db" "SELECT count(*) FROM appeals")
    "$sqlgen" "$db" problem-list >"$work/query"
    types=$(head -n 1 "$work/query")
    tail -n +2 "$work/query" >"$work/select.sql"

    read -r cpu rss < <(measure "$work/ours.csv" \
        "$cli" --db "$db" export problem-list --out "$work/ours.csv")
    read -r rawcpu rawrss < <(measure "$work/raw.csv" \
        sh -c "sqlite3 -readonly -csv -header '$db' < '$work/select.sql' > '$work/raw.csv'")
    size=$(du -m "$work/ours.csv" | cut -f1)
    printf '| %s | .csv | %.2f | %d | %.2f | %d | %.2f | %s |\n' "$rows" "$cpu" "$rss" \
        "$rawcpu" "$rawrss" "$(awk -v a="$cpu" -v b="$rawcpu" 'BEGIN { print a / b }')" "$size"

    read -r cpu rss < <(measure "$work/ours.xlsx" \
        "$cli" --db "$db" export problem-list --out "$work/ours.xlsx")
    read -r rawcpu rawrss < <(measure "$work/raw.xlsx" \
        "$baseline" "$db" "$work/select.sql" "$types" "$work/raw.xlsx")
    size=$(du -m "$work/ours.xlsx" | cut -f1)
    printf '| %s | .xlsx | %.2f | %d | %.2f | %d | %.2f | %s |\n' "$rows" "$cpu" "$rss" \
        "$rawcpu" "$rawrss" "$(awk -v a="$cpu" -v b="$rawcpu" 'BEGIN { print a / b }')" "$size"
done
