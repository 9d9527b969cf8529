#!/usr/bin/env bash
# How cost grows with the population, on PostgreSQL (127.0.0.1:5432, user postgres):
#   bench/scaling.sh [SIZES] [IMPORT_SIZES]     defaults: "10000 100000 1000000 3000000" and "10000 100000 500000"
# For each size, ReportsBenchmark on a fresh database (the tallies and dated history built from the records,
# today's form, a past year end's form with and without the verdicts, the hand-written GROUP BY over the
# records as the anchor, the heap kept and the database's size); then bench/import.sh for the import sizes
# (one file holds at most 500.000 rows: a country is imported in parts). About 45 minutes for the defaults.
# Prints one table; each run's whole output stays in target/benchmarks/scaling-*.log.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES="${1:-10000 100000 1000000 3000000}"
IMPORT_SIZES="${2:-10000 100000 500000}"
mkdir -p target/benchmarks
[ -f target/chuan.jar ] || ./mvnw -q -B package -DskipTests
for persons in $SIZES; do
    # As the country's 3.000.000 in 34 provinces; a population under a million is one province.
    provinces=$(( persons >= 1000000 ? (persons * 34 + 1500000) / 3000000 : 1 ))
    log="target/benchmarks/scaling-reports-$persons.log"
    echo "reports, $persons persons in $provinces province(s)…" >&2
    ./mvnw -B -o -q -Pbenchmark test -Dtest=ReportsBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
        -Dchuan.test.database=postgresql -Dchuan.bench.persons="$persons" -Dchuan.bench.provinces="$provinces" > "$log" 2>&1 \
        || { echo "ReportsBenchmark failed at $persons, see $log" >&2; exit 1; }
done
for persons in $IMPORT_SIZES; do
    heap=$(( persons > 100000 ? 2048 : 512 ))m
    echo "import, $persons rows, heap $heap…" >&2
    bench/import.sh "$persons" "$heap" postgresql > "target/benchmarks/scaling-import-$persons.log" 2>&1 \
        || { echo "import failed at $persons, see target/benchmarks/scaling-import-$persons.log" >&2; exit 1; }
done

field() { # field FILE PATTERN: the first number after PATTERN on the matching line of FILE
    sed -n "s/.*$2[^0-9]*\([0-9][0-9,.]*\).*/\1/p" "$1" | head -1
}
echo
echo "| persons | rebuild | today's form (median) | past year end, with the verdicts | past, by verdict | a day between year ends, with the verdicts | anchor: GROUP BY over the records | heap kept | database |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for persons in $SIZES; do
    f="target/benchmarks/reports-$persons-postgresql.txt"
    echo "| $persons | $(field "$f" "tallies built from the records[^:]*:") s | $(field "$f" "as of today (kept tallies), [0-9]* rows: median") ms" \
        "| $(field "$f" "standards of that date included): median") ms | $(field "$f" "by-verdict form ([^)]*) as of [0-9-]*: median") ms" \
        "| $(field "$f" "between year ends, counted from the dated records): median") ms" \
        "| $(field "$f" "highest level per dimension): median") ms | $(field "$f" "after a full collection") MB | $(sed -n 's/.*database on disk //p' "$f") |"
done
echo
echo "| rows imported | import (the command's own time) | wall, with the JVM's start | peak memory (RSS) | second import of the same file | anchor: plain COPY of the same rows |"
echo "| --- | --- | --- | --- | --- | --- |"
for persons in $IMPORT_SIZES; do
    f="target/benchmarks/scaling-import-$persons.log"
    times=($(sed -n 's/^Thời gian: \([0-9,]*\) giây/\1/p' "$f"))
    walls=($(sed -n 's/^wall \([0-9.]*\) s.*/\1/p' "$f"))
    rss=$(sed -n 's/.*peak RSS \([0-9]*\) KB/\1/p' "$f" | head -1)
    echo "| $persons | ${times[0]} s | ${walls[0]} s | $(( rss / 1024 )) MB | ${times[1]} s | $(field "$f" "with their indexes:") s |"
done
