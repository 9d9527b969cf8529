#!/usr/bin/env bash
# Timed import of a generated province into a fresh database.
#   bench/import.sh [PERSONS] [HEAP] [h2|postgresql]     defaults: 100000 persons, -Xmx512m, h2
# Prints the time of the import itself (reading and checking, then writing) as the command reports
# it, the wall-clock time including JVM start, and the peak resident memory; then the same file again.
# On PostgreSQL (127.0.0.1:5432, user postgres; override with PGHOST/PGUSER) the anchor, measured in
# the same run: a plain COPY of the same persons, posts and levels (the rows the import wrote, copied
# out and back into empty tables shaped like them, with their indexes) in one transaction.
set -euo pipefail
cd "$(dirname "$0")/.."
PERSONS="${1:-100000}"
HEAP="${2:-512m}"
DB="${3:-h2}"
[ -f target/chuan.jar ] || ./mvnw -q -B package -DskipTests
WORK="$(mktemp -d)"
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
BENCH_DB="chuan_bench_$$"
cleanup() {
    rm -rf "$WORK"
    if [ "$DB" = postgresql ]; then dropdb --if-exists "$BENCH_DB" 2>/dev/null || true; fi
}
trap cleanup EXIT
java -jar target/chuan.jar generate --persons "$PERSONS" --seed 1 --out "$WORK/people.xlsx" --units-out "$WORK/units.csv" 2>/dev/null
if [ "$DB" = postgresql ]; then
    createdb "$BENCH_DB"
    export SPRING_PROFILES_ACTIVE=postgresql SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:5432/$BENCH_DB" \
        SPRING_DATASOURCE_USERNAME="$PGUSER"
else
    export SPRING_DATASOURCE_URL="jdbc:h2:file:$WORK/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
fi
export CHUAN_ADMIN_PASSWORD="bench-$RANDOM-x1"
java -jar target/chuan.jar import-units "$WORK/units.csv" >/dev/null 2>&1
echo "file: $(du -h "$WORK/people.xlsx" | cut -f1) xlsx, $PERSONS rows; heap -Xmx$HEAP; $DB; $(nproc) cores"
/usr/bin/time -f "wall %e s, peak RSS %M KB" java -Xmx"$HEAP" ${BENCH_JAVA_OPTS:-} -jar target/chuan.jar import "$WORK/people.xlsx" 2>&1 \
    | grep -E "Đã đọc|Đã nhập|Thời gian|wall"
echo "second import of the same file (changes nothing):"
/usr/bin/time -f "wall %e s, peak RSS %M KB" java -Xmx"$HEAP" ${BENCH_JAVA_OPTS:-} -jar target/chuan.jar import "$WORK/people.xlsx" 2>&1 \
    | grep -E "Đã nhập|Thời gian|wall"
if [ "$DB" = postgresql ]; then
    rows=""
    for table in person assignment qualification; do
        psql -q -d "$BENCH_DB" -c "\\copy $table to '$WORK/$table.tsv'"
        rows="$rows $table $(wc -l < "$WORK/$table.tsv")"
    done
    start=$(date +%s.%N)
    psql -q -d "$BENCH_DB" -v ON_ERROR_STOP=1 <<SQL
begin;
create table anchor_person (like person including all);
create table anchor_assignment (like assignment including all);
create table anchor_qualification (like qualification including all);
\\copy anchor_person from '$WORK/person.tsv'
\\copy anchor_assignment from '$WORK/assignment.tsv'
\\copy anchor_qualification from '$WORK/qualification.tsv'
commit;
SQL
    end=$(date +%s.%N)
    printf "anchor: plain COPY of the same rows (%s) with their indexes: %.1f s\n" "${rows# }" \
        "$(python3 -c "print($end - $start)")"
fi
