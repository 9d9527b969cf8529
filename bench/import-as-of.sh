#!/usr/bin/env bash
# A yearly list imported with --as-of against the same file imported plainly (the anchor), each into
# a fresh embedded database, back to back in one run.
#   bench/import-as-of.sh [PERSONS] [HEAP]     defaults: 100000 persons, -Xmx512m
# The list's date is today: the file (a generated province) holds posts up to today, and the
# comparison is of the two paths (dated levels, the listed-on marks, the yearly list), not of dates.
set -euo pipefail
cd "$(dirname "$0")/.."
PERSONS="${1:-100000}"
HEAP="${2:-512m}"
[ -f target/chuan.jar ] || ./mvnw -q -B package -DskipTests
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
java -jar target/chuan.jar generate --persons "$PERSONS" --seed 1 --out "$WORK/people.xlsx" --units-out "$WORK/units.csv" 2>/dev/null
export CHUAN_ADMIN_PASSWORD="bench-$RANDOM-x1"
echo "file: $(du -h "$WORK/people.xlsx" | cut -f1) xlsx, $PERSONS rows; heap -Xmx$HEAP; $(nproc) cores"
run() { # name, database, extra import arguments; prints what it wrote and its time, keeps the seconds in $WORK/name.s
    export SPRING_DATASOURCE_URL="jdbc:h2:file:$WORK/$2;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
    java -jar target/chuan.jar import-units "$WORK/units.csv" >/dev/null 2>&1
    java -Xmx"$HEAP" ${BENCH_JAVA_OPTS:-} -jar target/chuan.jar import "$WORK/people.xlsx" "${@:3}" 2>/dev/null > "$WORK/$1.out"
    grep -o "Thời gian: [0-9,]*" "$WORK/$1.out" | grep -o "[0-9,]*" | tr ',' '.' > "$WORK/$1.s"
    echo "$1: $(grep "Đã nhập" "$WORK/$1.out") ($(cat "$WORK/$1.s") s)"
}
run plain plain
run as-of dated --as-of "$(date +%F)"
run as-of-again dated --as-of "$(date +%F)"
plain=$(cat "$WORK/plain.s"); dated=$(cat "$WORK/as-of.s")
echo "anchor: plain import $plain s; import --as-of $dated s = $(echo "scale=2; $dated / $plain" | bc)× the anchor (asked: at most 1.5×)"
