#!/usr/bin/env bash
# Person reads through the REST API under a fixed request rate, from a second process (loopback).
#   bench/api-load.sh [RATE] [SECONDS] [PROFILE]     defaults: 500 requests/s, 30 s, embedded H2
# Starts the application on a fresh database with the demo province (2,500 people in post; with
# PROFILE=postgresql on a fresh database of the local PostgreSQL server instead; bench/demo-server.sh), gives the generator a
# read-only key with api-token (through H2's automatic server mode while the application holds the
# file), and runs bench/Load.java api against it: latencies from each request's due time, errors, and the CPU the
# server, PostgreSQL's processes and the generator itself took in the measured seconds (per request).
set -euo pipefail
cd "$(dirname "$0")/.."
RATE="${1:-500}"
SECONDS_RUN="${2:-30}"
PROFILE="${3:-}"
PORT=18089
. bench/demo-server.sh
start_demo_server "$PORT" 2500 "$PROFILE"
TOKEN="$(java -jar target/chuan.jar api-token --name "tai-thu-$RANDOM" 2>/dev/null | tail -1)"
echo "$(nproc) cores; server and generator on this machine; database: ${PROFILE:-h2 file}"
java -Xmx1g -XX:+UseSerialGC bench/Load.java api "http://localhost:$PORT" "$TOKEN" "$RATE" "$SECONDS_RUN" "$SERVER"
