#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for the JDBC event-store tests of statsbase-trail.
#   .ci/postgres.sh start   installs PostgreSQL when absent (apt-get, needs root or sudo), creates a fresh
#                           data dir in $TMPDIR owned by a non-root user, starts the server on 127.0.0.1:55432
#                           and creates the role and database statsbase (password statsbase)
#   .ci/postgres.sh stop    stops that server and removes its data dir
# It exports nothing: the tests' default URL is
#   jdbc:postgresql://127.0.0.1:55432/statsbase?user=statsbase&password=statsbase
# (override it with STATSBASE_PG_URL; the port here with STATSBASE_PG_PORT).
set -euo pipefail

PORT="${STATSBASE_PG_PORT:-55432}"
STATE="${TMPDIR:-/tmp}/statsbase-pg-$PORT"
DATA="$STATE/data"
LOG="$STATE/server.log"

# The server refuses to run as root: as root, run it as the OS user "postgres" (the distribution's).
as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

bin_dir() {
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -n "$found" ] && [ -x "$found/initdb" ]; then
    echo "$found"
  elif command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
  fi
}

install_postgres() {
  echo "postgres.sh: initdb not found, installing PostgreSQL from the distribution's packages" >&2
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends postgresql
}

ensure_server_user() {
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --user-group --home-dir "$STATE" --shell /usr/sbin/nologin postgres
  fi
}

stop() {
  local bin
  bin="$(bin_dir)"
  if [ -n "$bin" ] && [ -f "$DATA/postmaster.pid" ]; then
    as_server_user "$bin/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null || true
  fi
  rm -rf "$STATE"
}

start() {
  local bin
  bin="$(bin_dir)"
  if [ -z "$bin" ]; then
    install_postgres
    bin="$(bin_dir)"
    [ -n "$bin" ] || { echo "postgres.sh: PostgreSQL was installed but initdb is still not found" >&2; exit 1; }
  fi
  stop   # a server left over by an earlier run, and its data
  ensure_server_user
  mkdir -p "$STATE"
  chmod 700 "$STATE"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$STATE"; fi

  as_server_user "$bin/initdb" -D "$DATA" -U postgres -E UTF8 --locale=C \
    --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  if ! as_server_user "$bin/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 \
      -o "-p $PORT -k $STATE -c listen_addresses=127.0.0.1" start >/dev/null; then
    echo "postgres.sh: the server did not start; its log:" >&2
    cat "$LOG" >&2 || true
    exit 1
  fi
  as_server_user "$bin/psql" -h "$STATE" -p "$PORT" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE statsbase LOGIN PASSWORD 'statsbase'" \
    -c "CREATE DATABASE statsbase OWNER statsbase"
  echo "postgres.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT," \
       "database statsbase, data in $DATA" >&2
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
