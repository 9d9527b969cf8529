# Sourced by the load scripts: starts the application on a fresh database with a demo province and
# waits until the province is loaded (the server answers before that: the demo loads after it starts).
#   start_demo_server PORT PERSONS PROFILE    sets SERVER (pid) and WORK (a temporary folder, removed at exit)
# PROFILE empty: an embedded H2 file (AUTO_SERVER, so that a command can open it while the server holds it);
# postgresql: a fresh database on the local server (user postgres, trust), dropped at exit. SERVER_JAVA_OPTS
# adds JVM options to the server (a profile: -XX:StartFlightRecording=filename=server.jfr,settings=profile).
start_demo_server() {
  local port="$1" persons="$2" profile="$3"
  [ -f target/chuan.jar ] || ./mvnw -q -B package -DskipTests
  WORK="$(mktemp -d)"
  export CHUAN_ADMIN_PASSWORD="bench-$RANDOM-x1"
  if [ -z "$profile" ]; then
    export SPRING_DATASOURCE_URL="jdbc:h2:file:$WORK/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"
  else
    DB="chuan_bench_$$"
    psql -h 127.0.0.1 -U postgres -qc "create database $DB" >/dev/null
    export SPRING_PROFILES_ACTIVE="$profile"
    export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB"
  fi
  java -Xmx1g ${SERVER_JAVA_OPTS:-} -jar target/chuan.jar --server.port="$port" --chuan.demo.load-on-empty=true --chuan.demo.persons="$persons" \
      >"$WORK/server.log" 2>&1 &
  SERVER=$!
  trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$WORK";
        [ -z "${DB:-}" ] || psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB" >/dev/null' EXIT
  for _ in $(seq 1 3600); do
    grep -q "Loaded the demo province" "$WORK/server.log" && return 0
    kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
    sleep 1
  done
  echo "the demo province was not loaded within an hour" >&2
  exit 1
}
