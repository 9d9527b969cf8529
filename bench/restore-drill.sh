#!/usr/bin/env bash
# Backup and restore drill: backs a database up with pg_dump, restores the backup into a new PostgreSQL cluster (initdb
# into a temporary folder, its own port), starts Chuẩn on it and compares what both hold.
#   bench/restore-drill.sh [DATABASE]     default: a fresh database with a generated province of 2.000 persons
# The source is read on 127.0.0.1:5432 as postgres (override with PGHOST, PGUSER). Prints each step with its time, the
# row counts of both side by side and the quality form of the whole database from both; exits 1 when anything differs.
# Needs PostgreSQL's server programs (initdb, pg_ctl: Debian's postgresql package) and, when run as root, the postgres
# user to own the new cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$PGBIN/initdb" ] || { echo "initdb not found (apt-get install postgresql)" >&2; exit 2; }
PORT="${DRILL_PORT:-5444}"
SOURCE="${1:-}"
CREATED=""
WORK="$(mktemp -d)"
chmod 755 "$WORK"
mkdir -p "$WORK/cluster" "$WORK/socket"
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$WORK/cluster" "$WORK/socket"
cleanup() {
    as_owner "$PGBIN/pg_ctl" -D "$WORK/cluster/data" -m immediate stop > /dev/null 2>&1 || true
    [ -n "$CREATED" ] && dropdb --if-exists "$SOURCE" 2> /dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
[ -f target/chuan.jar ] || ./mvnw -q -B package -DskipTests
chuan() { # chuan HOST PORT DATABASE COMMAND...
    local host="$1" port="$2" db="$3"
    shift 3
    SPRING_PROFILES_ACTIVE=postgresql SPRING_DATASOURCE_URL="jdbc:postgresql://$host:$port/$db" SPRING_DATASOURCE_USERNAME=postgres \
        CHUAN_ADMIN_PASSWORD="drill-$RANDOM-x1" java -jar target/chuan.jar "$@"
}
seconds() { python3 -c "import time; print(f'{time.time() - $1:.1f}')"; }

if [ -z "$SOURCE" ]; then
    SOURCE="chuan_drill_$$"
    CREATED=1
    createdb "$SOURCE"
    java -jar target/chuan.jar generate --persons 2000 --seed 7 --out "$WORK/people.xlsx" --units-out "$WORK/units.csv" > /dev/null 2>&1
    chuan "$PGHOST" 5432 "$SOURCE" import-units "$WORK/units.csv" > /dev/null 2>&1
    chuan "$PGHOST" 5432 "$SOURCE" import "$WORK/people.xlsx" > /dev/null 2>&1
    echo "source: a fresh database $SOURCE with a generated province of 2.000 persons"
else
    echo "source: $SOURCE on $PGHOST"
fi

start=$(date +%s.%N)
pg_dump -Fc -f "$WORK/chuan.dump" "$SOURCE"
echo "backup (pg_dump -Fc): $(du -h "$WORK/chuan.dump" | cut -f1) in $(seconds "$start") s"

start=$(date +%s.%N)
as_owner "$PGBIN/initdb" -D "$WORK/cluster/data" -U postgres --auth=trust --encoding=UTF8 > /dev/null
as_owner "$PGBIN/pg_ctl" -D "$WORK/cluster/data" -l "$WORK/cluster/log" -w \
    -o "-p $PORT -k $WORK/socket -c listen_addresses=127.0.0.1" start > /dev/null
createdb -h 127.0.0.1 -p "$PORT" chuan
pg_restore -h 127.0.0.1 -p "$PORT" -d chuan --no-owner --exit-on-error "$WORK/chuan.dump"
echo "new cluster (initdb, port $PORT) and restore (pg_restore): $(seconds "$start") s"

differences=0
printf "%-20s %12s %12s\n" "table" "source" "restored"
for table in unit person assignment qualification person_standing audit_entry report_person report_tally report_history \
        report_verdict app_user kept_version; do
    a=$(psql -tA -d "$SOURCE" -c "select count(*) from $table")
    b=$(psql -tA -h 127.0.0.1 -p "$PORT" -d chuan -c "select count(*) from $table")
    mark=""
    [ "$a" = "$b" ] || { mark="  ← differs"; differences=$((differences + 1)); }
    printf "%-20s %12s %12s%s\n" "$table" "$a" "$b" "$mark"
done

# The same report from both, through the command line (the application started on each database).
chuan "$PGHOST" 5432 "$SOURCE" report chat-luong --unit VN --out "$WORK/source.csv" > /dev/null 2>&1
start=$(date +%s.%N)
chuan 127.0.0.1 "$PORT" chuan report chat-luong --unit VN --out "$WORK/restored.csv" > /dev/null 2>&1
if cmp -s "$WORK/source.csv" "$WORK/restored.csv"; then
    echo "quality form of the whole database, today: the same from both ($(wc -l < "$WORK/restored.csv") lines; Chuẩn on the restored cluster: $(seconds "$start") s)"
else
    echo "quality form of the whole database, today: DIFFERS"
    diff "$WORK/source.csv" "$WORK/restored.csv" | head -20
    differences=$((differences + 1))
fi

# The web application on the restored cluster answers as healthy.
WEB_PORT="${DRILL_WEB_PORT:-18095}"
SPRING_PROFILES_ACTIVE=postgresql SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PORT/chuan" SPRING_DATASOURCE_USERNAME=postgres \
    CHUAN_ADMIN_PASSWORD="drill-$RANDOM-x1" java -jar target/chuan.jar --server.port="$WEB_PORT" > "$WORK/web.log" 2>&1 &
web=$!
health=""
for _ in $(seq 1 120); do
    health=$(curl -s "http://127.0.0.1:$WEB_PORT/actuator/health" || true)
    [ -n "$health" ] && break
    sleep 1
done
kill "$web" 2> /dev/null || true
wait "$web" 2> /dev/null || true
if [[ "$health" == *'"UP"'* ]]; then
    echo "web application on the restored cluster: $health"
else
    echo "web application on the restored cluster: no healthy answer (${health:-none})"
    differences=$((differences + 1))
fi

if [ "$differences" -eq 0 ]; then
    echo "RESTORE DRILL PASSED"
else
    echo "RESTORE DRILL FAILED: $differences difference(s)"
    exit 1
fi
