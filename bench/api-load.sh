#!/usr/bin/env bash
# Person reads through the REST API under a fixed request rate, from a second process (loopback).
#   bench/api-load.sh [RATE] [SECONDS] [PROFILE]     defaults: 500 requests/s, 30 s, embedded H2
# Starts the application on a fresh database with the demo province (2,500 people in post; with
# PROFILE=postgresql on a fresh database of the local PostgreSQL server instead), gives the generator a
# read-only key with api-token (through H2's automatic server mode while the application holds the
# file), and runs bench/ApiLoad.java against it.
set -euo pipefail
cd "$(dirname "$0")/.."
RATE="${1:-500}"
SECONDS_RUN="${2:-30}"
PROFILE="${3:-}"
PORT=18089
[ -f target/chuan.jar ] || ./mvnw -q -B package -DskipTests
WORK="$(mktemp -d)"
export CHUAN_ADMIN_PASSWORD="bench-$RANDOM-x1"
if [ -z "$PROFILE" ]; then
  export SPRING_DATASOURCE_URL="jdbc:h2:file:$WORK/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"
else
  # A fresh database on the local server (user postgres, trust), dropped at the end.
  DB="chuan_bench_$$"
  psql -h 127.0.0.1 -U postgres -qc "create database $DB" >/dev/null
  export SPRING_PROFILES_ACTIVE="$PROFILE"
  export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB"
fi
java -Xmx1g -jar target/chuan.jar --server.port=$PORT --chuan.demo.load-on-empty=true >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$WORK";
      [ -z "${DB:-}" ] || psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB" >/dev/null' EXIT
for _ in $(seq 1 180); do
  curl -sf "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
TOKEN="$(java -jar target/chuan.jar api-token --name "tai-thu-$RANDOM" 2>/dev/null | tail -1)"
echo "$(nproc) cores; server and generator on this machine; database: ${PROFILE:-h2 file}"
java -Xmx256m -XX:+UseSerialGC bench/ApiLoad.java "http://localhost:$PORT" "$TOKEN" "$RATE" "$SECONDS_RUN"
