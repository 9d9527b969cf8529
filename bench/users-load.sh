#!/usr/bin/env bash
# Officers browsing at once (closed loop, 1 s think time), from a second process on this machine.
#   bench/users-load.sh [USERS] [SECONDS] [PERSONS] [PROFILE]     defaults: 50 users, 60 s, 2500 persons, embedded H2
# Starts the application on a fresh database with a demo province of PERSONS people in post (with
# PROFILE=postgresql on a fresh database of the local PostgreSQL server), waits until it answers, runs
# bench/UsersLoad.java against it (the people list with filters and its data, person pages, 2C files,
# the quality form, the dashboard, as the province's officer) and prints p50/p95/p99 and errors per page.
# The anchor, measured in the same run: each page alone (one user, no think time, 15 s).
set -euo pipefail
cd "$(dirname "$0")/.."
USERS="${1:-50}"
SECONDS_RUN="${2:-60}"
PERSONS="${3:-2500}"
PROFILE="${4:-}"
PORT=18090
[ -f target/chuan.jar ] || ./mvnw -q -B package -DskipTests
WORK="$(mktemp -d)"
export CHUAN_ADMIN_PASSWORD="bench-$RANDOM-x1"
if [ -z "$PROFILE" ]; then
  export SPRING_DATASOURCE_URL="jdbc:h2:file:$WORK/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
else
  DB="chuan_bench_$$"
  psql -h 127.0.0.1 -U postgres -qc "create database $DB" >/dev/null
  export SPRING_PROFILES_ACTIVE="$PROFILE"
  export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB"
fi
java -Xmx1g -jar target/chuan.jar --server.port=$PORT --chuan.demo.load-on-empty=true --chuan.demo.persons="$PERSONS" \
    >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$WORK";
      [ -z "${DB:-}" ] || psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB" >/dev/null' EXIT
# Ready once the demo province is loaded (after the application has started).
for _ in $(seq 1 3600); do
  grep -q "Loaded the demo province" "$WORK/server.log" && break
  kill -0 $SERVER 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
  sleep 1
done
echo "$(nproc) cores; server and generator on this machine; database: ${PROFILE:-h2 file}; $PERSONS persons in post"
echo "== anchor: one user, no think time"
java -Xmx256m bench/UsersLoad.java "http://localhost:$PORT" 1 15 0
echo "== $USERS users, 1 s think time"
java -Xmx512m bench/UsersLoad.java "http://localhost:$PORT" "$USERS" "$SECONDS_RUN" 1000
