#!/usr/bin/env bash
# Timed import of a generated province into a fresh embedded database.
#   bench/import.sh [PERSONS] [HEAP]     defaults: 100000 persons, -Xmx512m
# Prints the time of the import itself (reading and checking, then writing) as the command reports
# it, the wall-clock time including JVM start, and the peak resident memory.
set -euo pipefail
cd "$(dirname "$0")/.."
PERSONS="${1:-100000}"
HEAP="${2:-512m}"
[ -f target/chuan.jar ] || ./mvnw -q -B package -DskipTests
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
java -jar target/chuan.jar generate --persons "$PERSONS" --seed 1 --out "$WORK/people.xlsx" --units-out "$WORK/units.csv" 2>/dev/null
export SPRING_DATASOURCE_URL="jdbc:h2:file:$WORK/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
export CHUAN_ADMIN_PASSWORD="bench-$RANDOM-x1"
java -jar target/chuan.jar import-units "$WORK/units.csv" >/dev/null 2>&1
echo "file: $(du -h "$WORK/people.xlsx" | cut -f1) xlsx, $PERSONS rows; heap -Xmx$HEAP; $(nproc) cores"
/usr/bin/time -f "wall %e s, peak RSS %M KB" java -Xmx"$HEAP" ${BENCH_JAVA_OPTS:-} -jar target/chuan.jar import "$WORK/people.xlsx" 2>&1 \
    | grep -E "Đã đọc|Đã nhập|Thời gian|wall"
echo "second import of the same file (changes nothing):"
/usr/bin/time -f "wall %e s, peak RSS %M KB" java -Xmx"$HEAP" ${BENCH_JAVA_OPTS:-} -jar target/chuan.jar import "$WORK/people.xlsx" 2>&1 \
    | grep -E "Đã nhập|Thời gian|wall"
