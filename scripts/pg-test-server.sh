#!/usr/bin/env bash
# A private, throw-away PostgreSQL 15 server for the test suite.
#
# Usage: scripts/pg-test-server.sh start|stop|status|url|destroy
#   start    initialise (first time) and start the server, create the database
#            metinspect_test, print the connection URL; does nothing more if it already runs
#   stop     stop the server, keep its data
#   status   exit 0 if the server runs, 3 if not
#   url      print the connection URL (postgresql://postgres@127.0.0.1:PORT/metinspect_test)
#   destroy  stop the server and delete its directory
#
# Environment:
#   METINSPECT_PG_PORT  TCP port on 127.0.0.1 (default 54329)
#   METINSPECT_PG_DIR   where the cluster lives (default ${TMPDIR:-/tmp}/metinspect-pg-UID)
#   METINSPECT_PG_BIN   PostgreSQL binaries (default /usr/lib/postgresql/15/bin)
#
# The server listens only on 127.0.0.1 and on a unix socket inside its own directory, with
# trust authentication, so it never touches the system cluster (port 5432). PostgreSQL refuses
# to run as root: as root, the cluster is owned by and run as the 'postgres' system user.
set -euo pipefail

PG_BIN=${METINSPECT_PG_BIN:-/usr/lib/postgresql/15/bin}
PORT=${METINSPECT_PG_PORT:-54329}
DB_NAME=metinspect_test
DB_USER=postgres

die() {
    printf 'pg-test-server: %s\n' "$*" >&2
    exit 1
}

[[ "$PORT" =~ ^[0-9]+$ ]] || die "METINSPECT_PG_PORT must be a number, got '$PORT'"

RUN_AS=""
if [[ $(id -u) -eq 0 ]]; then
    RUN_AS=postgres
fi

if [[ -n "${METINSPECT_PG_DIR:-}" ]]; then
    BASE=$METINSPECT_PG_DIR
else
    tmp=${TMPDIR:-/tmp}
    # As root, the postgres user must be able to reach the directory; fall back to /tmp if not.
    if [[ -n "$RUN_AS" ]] && ! runuser -u "$RUN_AS" -- test -x "$tmp" -a -w "$tmp" 2>/dev/null; then
        tmp=/tmp
    fi
    BASE=${tmp%/}/metinspect-pg-$(id -u)
fi
DATA=$BASE/data
SOCK=$BASE/socket
LOG=$BASE/server.log

url() {
    printf 'postgresql://%s@127.0.0.1:%s/%s\n' "$DB_USER" "$PORT" "$DB_NAME"
}

# Runs a command as the user that owns the cluster, from a directory that user can enter.
as_owner() {
    if [[ -n "$RUN_AS" ]]; then
        (cd / && runuser -u "$RUN_AS" -- "$@")
    else
        "$@"
    fi
}

owner_uid() {
    if [[ -n "$RUN_AS" ]]; then id -u "$RUN_AS"; else id -u; fi
}

check_binaries() {
    [[ -x "$PG_BIN/initdb" && -x "$PG_BIN/pg_ctl" ]] ||
        die "PostgreSQL 15 not found in $PG_BIN (run scripts/install-deps.sh --test)"
    if [[ -n "$RUN_AS" ]]; then
        id -u "$RUN_AS" >/dev/null 2>&1 || die "running as root, but there is no '$RUN_AS' user"
    fi
}

is_running() {
    [[ -f "$DATA/PG_VERSION" ]] && as_owner "$PG_BIN/pg_ctl" status -D "$DATA" >/dev/null 2>&1
}

# Creates the base directory (refusing one that belongs to someone else).
make_base() {
    local uid
    uid=$(owner_uid)
    [[ ! -L "$BASE" ]] || die "$BASE is a symbolic link; refusing to use it"
    if [[ ! -d "$BASE" ]]; then
        mkdir -p "$(dirname "$BASE")"
        mkdir -m 0755 "$BASE"
        if [[ -n "$RUN_AS" ]]; then
            chown "$RUN_AS:" "$BASE"
        fi
    fi
    if [[ -n "$RUN_AS" && $(stat -c %u "$BASE") == 0 ]]; then
        chown "$RUN_AS:" "$BASE" # made by root earlier; hand it over
    fi
    [[ $(stat -c %u "$BASE") == "$uid" ]] || die "$BASE is not owned by uid $uid; remove it or set METINSPECT_PG_DIR"
    [[ -d "$SOCK" ]] || as_owner mkdir -m 0755 "$SOCK"
}

init_cluster() {
    if [[ -d "$DATA" && ! -f "$DATA/PG_VERSION" ]]; then
        # Left over from an interrupted initdb.
        as_owner rm -rf "$DATA"
    fi
    [[ -f "$DATA/PG_VERSION" ]] && return 0

    local locale=C
    locale -a 2>/dev/null | grep -qix 'c\.utf-\?8' && locale=C.UTF-8
    printf '初始化测试数据库 / initialising test cluster in %s\n' "$DATA" >&2
    as_owner "$PG_BIN/initdb" -D "$DATA" -U "$DB_USER" --auth=trust -E UTF8 --locale="$locale" \
        >"$BASE/initdb.log" 2>&1 || {
        cat "$BASE/initdb.log" >&2
        die "initdb failed"
    }
    as_owner tee -a "$DATA/postgresql.conf" >/dev/null <<EOF

# --- metinspect test server ---
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$SOCK'
max_connections = 100
shared_buffers = 32MB
# Throw-away data: durability is not needed, speed is.
fsync = off
synchronous_commit = off
full_page_writes = off
log_min_messages = warning
EOF
    as_owner tee "$DATA/pg_hba.conf" >/dev/null <<EOF
# TYPE  DATABASE  USER  ADDRESS        METHOD
local   all       all                  trust
host    all       all   127.0.0.1/32   trust
host    all       all   ::1/128        trust
EOF
}

psql_admin() {
    as_owner "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCK" -p "$PORT" -U "$DB_USER" -d postgres "$@"
}

start() {
    check_binaries
    if is_running; then
        printf '测试数据库已在运行 / test PostgreSQL already running (%s)\n' "$DATA" >&2
    else
        make_base
        init_cluster
        # The port is written into postgresql.conf at initdb time; pass it again so that
        # METINSPECT_PG_PORT also applies to an existing cluster.
        printf '启动测试数据库 / starting test PostgreSQL on 127.0.0.1:%s\n' "$PORT" >&2
        if ! as_owner "$PG_BIN/pg_ctl" start -D "$DATA" -l "$LOG" -w -t 60 -s \
            -o "-p $PORT -k '$SOCK' -c listen_addresses=127.0.0.1" >/dev/null; then
            tail -n 30 "$LOG" >&2 || true
            die "could not start PostgreSQL (is port $PORT in use? set METINSPECT_PG_PORT)"
        fi
    fi
    if [[ $(psql_admin -tA -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'") != 1 ]]; then
        psql_admin -c "CREATE DATABASE $DB_NAME ENCODING 'UTF8' TEMPLATE template0"
    fi
    url
}

stop() {
    if [[ ! -f "$DATA/PG_VERSION" ]]; then
        return 0
    fi
    if is_running; then
        printf '停止测试数据库 / stopping test PostgreSQL\n' >&2
        as_owner "$PG_BIN/pg_ctl" stop -D "$DATA" -m fast -w -t 60 -s ||
            as_owner "$PG_BIN/pg_ctl" stop -D "$DATA" -m immediate -w -t 30 -s
    fi
}

destroy() {
    stop
    if [[ -d "$BASE" ]]; then
        rm -rf -- "$BASE"
    fi
}

case "${1:-}" in
start) start ;;
stop) stop ;;
status)
    if is_running; then
        echo "running: $(url)"
    else
        echo "not running"
        exit 3
    fi
    ;;
url) url ;;
destroy) destroy ;;
*)
    echo "usage: $0 start|stop|status|url|destroy" >&2
    exit 2
    ;;
esac
