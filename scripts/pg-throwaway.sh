#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests.
#
#   scripts/pg-throwaway.sh start DIR   # initdb into DIR/data, start on a free 127.0.0.1 port,
#                                       # create database newsdesk_test, write the URL to DIR/url
#                                       # and print it
#   scripts/pg-throwaway.sh url DIR     # print the URL again
#   scripts/pg-throwaway.sh stop DIR    # stop the server and remove DIR
#   scripts/pg-throwaway.sh pause DIR   # stop the server (fast shutdown), keeping DIR: an outage
#   scripts/pg-throwaway.sh resume DIR  # start it again on the same port, waiting until it answers
#
# DIR may exist (empty, e.g. from mktemp -d) or not. Authentication is `trust`, the server listens
# only on 127.0.0.1 and its unix socket lives in DIR/socket. PostgreSQL refuses to run as root, so
# as root DIR is handed to the `postgres` user and initdb/pg_ctl run via runuser.
# Environment: PG_BINDIR overrides where initdb/pg_ctl/pg_isready are looked up.
set -euo pipefail

readonly MARKER=".pg-throwaway"
readonly DBNAME="newsdesk_test"
readonly PGUSER_NAME="postgres"
readonly PGPASSWORD_VALUE="postgres"

die() { echo "pg-throwaway: $*" >&2; exit 1; }

usage() {
    echo "usage: $0 start|stop|url|pause|resume DIR" >&2
    exit 2
}

is_root() { [ "$(id -u)" -eq 0 ]; }

# Runs a command as the user that owns the cluster (postgres when we are root).
as_owner() {
    if is_root; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

find_bindir() {
    if [ -n "${PG_BINDIR:-}" ]; then
        [ -x "$PG_BINDIR/initdb" ] || die "PG_BINDIR=$PG_BINDIR has no initdb"
        echo "$PG_BINDIR"
        return
    fi
    # Prefer the Debian layout, newest major version first.
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5,5 -V -r); do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
            echo "$dir"
            return
        fi
    done
    if command -v pg_config >/dev/null 2>&1; then
        dir=$(pg_config --bindir)
        if [ -x "$dir/initdb" ]; then
            echo "$dir"
            return
        fi
    fi
    if command -v initdb >/dev/null 2>&1; then
        dirname "$(readlink -f "$(command -v initdb)")"
        return
    fi
    die "no initdb found (install the Debian package: scripts/install-deps.sh postgresql)"
}

free_port() {
    python3 - <<'PY'
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

abs_dir() {
    (cd "$1" && pwd -P)
}

show_log() {
    local log="$1"
    if [ -f "$log" ]; then
        echo "---- last lines of $log ----" >&2
        tail -n 30 "$log" >&2 || true
        echo "----" >&2
    fi
}

cmd_start() {
    local dir="$1"
    if [ -e "$dir" ]; then
        [ -d "$dir" ] || die "$dir exists and is not a directory"
        if [ -n "$(ls -A "$dir")" ]; then
            die "$dir is not empty"
        fi
    else
        mkdir -p "$dir"
    fi
    dir=$(abs_dir "$dir")
    touch "$dir/$MARKER"

    local bindir
    bindir=$(find_bindir)

    if is_root; then
        id postgres >/dev/null 2>&1 || die "running as root but there is no 'postgres' user (install postgresql)"
        chown postgres: "$dir"
        chmod 700 "$dir"
        if ! runuser -u postgres -- test -w "$dir"; then
            die "user postgres cannot reach $dir (is a parent directory closed to other users?)"
        fi
    fi

    local data="$dir/data" socket="$dir/socket" log="$dir/postgres.log"
    # The socket path must fit in sun_path (107 bytes) including "/.s.PGSQL.NNNNN".
    if [ "${#socket}" -gt 88 ]; then
        socket=$(mktemp -d /tmp/pgsock.XXXXXX)
        echo "$socket" > "$dir/socket-dir"
        is_root && chown postgres: "$socket"
    fi
    as_owner mkdir -p "$socket"

    # Run everything from inside DIR, so the postgres user never sits in an unreadable cwd.
    cd "$dir"

    if ! as_owner "$bindir/initdb" -D "$data" -U "$PGUSER_NAME" --auth=trust \
        --encoding=UTF8 --no-locale --no-sync >"$dir/initdb.log" 2>&1; then
        show_log "$dir/initdb.log"
        die "initdb failed"
    fi

    local port="" attempt
    for attempt in 1 2 3 4 5; do
        port=$(free_port)
        # Settings go into postgresql.auto.conf via a fresh file each attempt; the last value wins.
        as_owner tee "$data/postgresql.auto.conf" >/dev/null <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$socket'
fsync = off
synchronous_commit = off
full_page_writes = off
# The whole suite runs in parallel, each test with its own pool: 100 was reached.
max_connections = 300
logging_collector = off
log_min_messages = warning
CONF
        as_owner rm -f "$log"
        if as_owner "$bindir/pg_ctl" -D "$data" -l "$log" -w -t 60 start >"$dir/pg_ctl.log" 2>&1; then
            break
        fi
        # A port grabbed by someone else between free_port and bind: try another one.
        if grep -qiE 'could not bind|address already in use|could not create any TCP/IP sockets' "$log" 2>/dev/null \
            && [ "$attempt" -lt 5 ]; then
            echo "pg-throwaway: port $port was taken, retrying" >&2
            port=""
            continue
        fi
        cat "$dir/pg_ctl.log" >&2 || true
        show_log "$log"
        die "pg_ctl start failed"
    done
    [ -n "$port" ] || die "could not find a free port"
    echo "$port" > "$dir/port"

    local i ready=0
    for i in $(seq 1 120); do
        if "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -U "$PGUSER_NAME" -d postgres; then
            ready=1
            break
        fi
        sleep 0.25
    done
    if [ "$ready" -ne 1 ]; then
        show_log "$log"
        die "server on 127.0.0.1:$port did not become ready"
    fi

    local psql="$bindir/psql"
    [ -x "$psql" ] || psql=$(command -v psql) || die "psql not found"
    PGPASSWORD="$PGPASSWORD_VALUE" "$psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U "$PGUSER_NAME" -d postgres \
        -c "ALTER ROLE $PGUSER_NAME PASSWORD '$PGPASSWORD_VALUE'" \
        -c "CREATE DATABASE $DBNAME" >/dev/null \
        || { show_log "$log"; die "could not create database $DBNAME"; }

    local url="postgres://$PGUSER_NAME:$PGPASSWORD_VALUE@127.0.0.1:$port/$DBNAME"
    echo "$url" > "$dir/url"
    echo "$url"
}

cmd_url() {
    local dir="$1"
    [ -f "$dir/url" ] || die "no server recorded in $dir (run: $0 start $dir)"
    cat "$dir/url"
}

cmd_stop() {
    local dir="$1"
    if [ ! -e "$dir" ]; then
        return 0
    fi
    dir=$(abs_dir "$dir")
    [ -f "$dir/$MARKER" ] || die "$dir was not made by $0; not touching it"
    cd "$dir"
    local data="$dir/data"
    if [ -f "$data/postmaster.pid" ]; then
        local bindir
        bindir=$(find_bindir)
        if ! as_owner "$bindir/pg_ctl" -D "$data" -m fast -w -t 30 stop >/dev/null 2>&1; then
            echo "pg-throwaway: fast stop failed, trying immediate" >&2
            as_owner "$bindir/pg_ctl" -D "$data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
        fi
        # Last resort: the postmaster pid is the first line of postmaster.pid.
        if [ -f "$data/postmaster.pid" ]; then
            local pid
            pid=$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)
            if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
                kill -KILL "$pid" 2>/dev/null || true
            fi
        fi
    fi
    cd /
    if [ -f "$dir/socket-dir" ]; then
        local socket
        socket=$(cat "$dir/socket-dir")
        case "$socket" in
            /tmp/pgsock.*) rm -rf -- "$socket" ;;
        esac
    fi
    rm -rf -- "$dir"
}

cmd_pause() {
    local dir
    dir=$(abs_dir "$1")
    [ -f "$dir/$MARKER" ] || die "$dir was not made by $0; not touching it"
    cd "$dir"
    as_owner "$(find_bindir)/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null
}

cmd_resume() {
    local dir
    dir=$(abs_dir "$1")
    [ -f "$dir/$MARKER" ] || die "$dir was not made by $0; not touching it"
    cd "$dir"
    local bindir
    bindir=$(find_bindir)
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 start >"$dir/pg_ctl.log" 2>&1 \
        || { show_log "$dir/postgres.log"; die "pg_ctl start failed"; }
}

[ "$#" -eq 2 ] || usage
case "$1" in
    start) cmd_start "$2" ;;
    stop) cmd_stop "$2" ;;
    url) cmd_url "$2" ;;
    pause) cmd_pause "$2" ;;
    resume) cmd_resume "$2" ;;
    *) usage ;;
esac
