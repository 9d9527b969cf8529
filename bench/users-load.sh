#!/usr/bin/env bash
# Officers browsing at once (closed loop, 1 s think time), from a second process on this machine.
#   bench/users-load.sh [USERS] [SECONDS] [PERSONS] [PROFILE]     defaults: 50 users, 60 s, 2500 persons, embedded H2
# Starts the application on a fresh database with a demo province of PERSONS people in post (with
# PROFILE=postgresql on a fresh database of the local PostgreSQL server), waits until it answers, runs
# bench/Load.java users against it (the people list with filters and its data, person pages, 2C files,
# the quality form, the dashboard, as the province's officer) and prints p50/p95/p99 and errors per page.
# The anchor, measured in the same run: each page alone (one user, no think time, 15 s). A minute of the same pages
# first, unmeasured: a server just started compiles the pages' code in its first minutes (the first minute's p95 was
# three times the third's), and a province's server runs for weeks. Each run prints the CPU per page of the server,
# PostgreSQL's processes and the generator (the figure to compare runs by: p95 moves with the machine's other work).
set -euo pipefail
cd "$(dirname "$0")/.."
USERS="${1:-50}"
SECONDS_RUN="${2:-60}"
PERSONS="${3:-2500}"
PROFILE="${4:-}"
PORT=18090
. bench/demo-server.sh
start_demo_server "$PORT" "$PERSONS" "$PROFILE"
echo "$(nproc) cores; server and generator on this machine; database: ${PROFILE:-h2 file}; $PERSONS persons in post"
echo "== anchor: one user, no think time"
java -Xmx256m bench/Load.java users "http://localhost:$PORT" 1 15 0 60 "$SERVER"
echo "== $USERS users, 1 s think time"
java -Xmx512m bench/Load.java users "http://localhost:$PORT" "$USERS" "$SECONDS_RUN" 1000 20 "$SERVER"
