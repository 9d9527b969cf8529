#!/usr/bin/env bash
# A cluster on this machine, and its faults: a PostgreSQL primary and its streaming replica (initdb, pg_basebackup -R,
# each in a temporary folder on its own port), two instances of Chuẩn on the two-host URL with page reads on the
# replica, HAProxy in front. A mixed load (bench/ClusterLoad.java: officers reading and adding people through the
# forms, an import every 15 s) runs from a second process while the script kills one instance (kill -9), then loses
# the primary (pg_ctl stop -m immediate) and promotes the replica. At the end: every write the application
# acknowledged is in the database once, and per phase the requests, the errors and the p95.
#   bench/cluster.sh [SECONDS_PER_PHASE] [USERS] [PERSONS]     defaults: 20 s, 6 officers, 1.000 persons
# Needs PostgreSQL's server programs (Debian's postgresql), haproxy (apt-get install haproxy), curl, python3. Run as
# root, the clusters belong to the postgres user. Prints CLUSTER CHECKS PASSED or what failed (exit 1).
set -euo pipefail
cd "$(dirname "$0")/.."
PHASE="${1:-20}"
USERS="${2:-6}"
PERSONS="${3:-1000}"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$PGBIN/initdb" ] || { echo "initdb not found (apt-get install postgresql)" >&2; exit 2; }
command -v haproxy > /dev/null || { echo "haproxy not found (apt-get install haproxy)" >&2; exit 2; }
P1="${CLUSTER_PRIMARY_PORT:-5461}" P2="${CLUSTER_REPLICA_PORT:-5462}"
W1=18111 W2=18112 LB="${CLUSTER_PORT:-18110}"
WORK="$(mktemp -d)"
chmod 755 "$WORK"
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$WORK"
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill -9 "$pid" 2> /dev/null || true; done
    [ -f "$WORK/haproxy.pid" ] && kill "$(cat "$WORK/haproxy.pid")" 2> /dev/null || true
    for data in primary replica; do as_owner "$PGBIN/pg_ctl" -D "$WORK/$data" -m immediate stop > /dev/null 2>&1 || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT
[ -f target/chuan.jar ] || ./mvnw -q -B package -DskipTests
now() { date +%s%3N; }
pg_start() { # DATA PORT [SETTINGS]
    local data="$1" port="$2"
    shift 2
    as_owner "$PGBIN/pg_ctl" -D "$WORK/$data" -l "$WORK/$data.log" -w -t 120 \
        -o "-p $port -k $WORK -c listen_addresses=127.0.0.1 $*" start > /dev/null
}

echo "== cluster: primary :$P1, replica :$P2, instances :$W1 :$W2, HAProxy :$LB; $(nproc) cores, all on this machine"
as_owner "$PGBIN/initdb" -D "$WORK/primary" -U postgres --auth=trust --encoding=UTF8 > /dev/null
# Synchronous replication: a commit is acknowledged once the replica has it, so that no acknowledged write is lost
# with the primary (without it, the last milliseconds of commits may be; see docs/deploy.md, Failover).
pg_start primary "$P1" -c synchronous_standby_names=*
as_owner "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$P1" -U postgres -D "$WORK/replica" -R -X stream
pg_start replica "$P2"
psql -h 127.0.0.1 -p "$P1" -U postgres -qc "create database chuan"

export SPRING_PROFILES_ACTIVE=postgresql SPRING_DATASOURCE_USERNAME=postgres CHUAN_ADMIN_PASSWORD="cluster-$RANDOM-x1"
export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$P1,127.0.0.1:$P2/chuan?targetServerType=primary&connectTimeout=3"
export CHUAN_DATASOURCE_REPLICA_URL="jdbc:postgresql://127.0.0.1:$P2,127.0.0.1:$P1/chuan?targetServerType=preferSecondary&connectTimeout=3"
export SPRING_DATASOURCE_HIKARI_CONNECTIONTIMEOUT=5000
instance() { # PORT LOG [ARGS]
    local port="$1" log="$2"
    shift 2
    java -Xmx768m -jar target/chuan.jar --server.port="$port" "$@" > "$WORK/$log" 2>&1 &
    PIDS+=($!)
}
started=$(now)
instance "$W1" one.log --chuan.demo.load-on-empty=true --chuan.demo.persons="$PERSONS"
for _ in $(seq 1 1200); do grep -q "Loaded the demo province" "$WORK/one.log" && break; sleep 1; done
grep -q "Loaded the demo province" "$WORK/one.log" || { tail -50 "$WORK/one.log"; exit 1; }
instance "$W2" two.log
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$W2/actuator/health/readiness" > /dev/null && break; sleep 1; done
echo "demo province of $PERSONS persons on the primary, both instances ready: $(( ($(now) - started) / 1000 )) s"

cat > "$WORK/haproxy.cfg" <<EOF
global
    pidfile $WORK/haproxy.pid
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    retries 2
    option redispatch
    retry-on conn-failure empty-response
frontend chuan
    bind 127.0.0.1:$LB
    default_backend instances
backend instances
    balance roundrobin
    option httpchk GET /actuator/health/readiness
    default-server inter 1s fall 2 rise 2
    server one 127.0.0.1:$W1 check
    server two 127.0.0.1:$W2 check
EOF
haproxy -f "$WORK/haproxy.cfg" -D
for _ in $(seq 1 30); do curl -sf "http://127.0.0.1:$LB/dang-nhap" > /dev/null && break; sleep 1; done

unit=$(psql -h 127.0.0.1 -p "$P1" -U postgres -d chuan -tAc "select id || ' ' || code from unit where unit_level = 'COMMUNE' and valid_to is null and valid_from >= date '2025-07-01' order by code limit 1")
echo "load: $USERS officers reading and adding people, one importing every 15 s; phases of $PHASE s"
java -Xmx256m bench/ClusterLoad.java "http://127.0.0.1:$LB" "$USERS" $((PHASE * 3 + 15)) ${unit% *} ${unit#* } "$WORK" > "$WORK/load.out" 2>&1 &
load=$!
t0=$(now)
sleep "$PHASE"
t1=$(now)
{ kill -9 "${PIDS[0]}" && wait "${PIDS[0]}"; } 2> /dev/null || true
echo "fault 1 at $(( (t1 - t0) / 1000 )) s: instance one killed (kill -9)"
sleep "$PHASE"
t2=$(now)
as_owner "$PGBIN/pg_ctl" -D "$WORK/primary" -m immediate stop > /dev/null
echo "fault 2 at $(( (t2 - t0) / 1000 )) s: primary lost (pg_ctl stop -m immediate)"
sleep 2
as_owner "$PGBIN/pg_ctl" -D "$WORK/replica" -w promote > /dev/null
t3=$(now)
echo "replica promoted at $(( (t3 - t0) / 1000 )) s (pg_ctl promote)"
wait "$load" || true
cat "$WORK/load.out"

psql -h 127.0.0.1 -p "$P2" -U postgres -d chuan -tAc "select code from person where code like 'CL-%' or code like 'IM-%'" \
    | sort > "$WORK/present.txt"
python3 - "$WORK" "$t0" "$t1" "$t2" "$t3" <<'EOF'
import sys, collections
work, t0, t1, t2, t3 = sys.argv[1], *map(int, sys.argv[2:])
rows = [line.strip().split(",") for line in open(f"{work}/requests.csv") if line.strip()]
phases = [("both instances, primary and replica", t0, t1), ("one instance (other killed)", t1, t2),
          ("primary lost, until promoted", t2, t3), ("after the promotion", t3, 1 << 62)]
def p95(values):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * 0.95))] if values else 0
print(f"{'phase':38} {'requests':>9} {'errors':>7} {'503':>5} {'p95 ms':>8}   per kind: requests/errors")
for name, start, end in phases:
    inside = [r for r in rows if start <= int(r[0]) < end]
    errors = [r for r in inside if r[2] == "0" or int(r[2]) >= 500]
    unavailable = [r for r in inside if r[2] == "503"]
    kinds = collections.Counter(r[1] for r in inside)
    kind_errors = collections.Counter(r[1] for r in errors)
    detail = ", ".join(f"{k} {kinds[k]}/{kind_errors[k]}" for k in sorted(kinds))
    print(f"{name:38} {len(inside):>9} {len(errors):>7} {len(unavailable):>5} {p95([int(r[3]) for r in inside]):>8}   {detail}")
acknowledged = [line.strip() for line in open(f"{work}/acknowledged.txt") if line.strip()]
present = [line.strip() for line in open(f"{work}/present.txt") if line.strip()]
counts = collections.Counter(present)
missing = [c for c in acknowledged if c not in counts]
duplicates = [c for c, n in counts.items() if n > 1]
print(f"acknowledged writes: {len(acknowledged)} (forms {sum(c.startswith('CL-') for c in acknowledged)}, "
      f"imported rows {sum(c.startswith('IM-') for c in acknowledged)}); in the promoted database: {len(present)} "
      f"of the load's codes; missing {len(missing)}; duplicated {len(duplicates)}")
if missing:
    print("missing (acknowledged before the primary was lost and not replicated?):", ", ".join(missing[:10]))
if duplicates:
    print("duplicated:", ", ".join(duplicates[:10]))
after = [r for r in rows if int(r[0]) >= t3 + 5000]
late_errors = [r for r in after if r[2] == "0" or int(r[2]) >= 500]
print(f"5 s after the promotion: {len(after)} requests, {len(late_errors)} errors")
ok = not duplicates and not missing and after and not late_errors
print("CLUSTER CHECKS PASSED" if ok else "CLUSTER CHECKS FAILED")
sys.exit(0 if ok else 1)
EOF
