#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests and benches: `start DIR [PORT]` prints its URL, `stop DIR` ends it.
#
#   scripts/postgres.sh start /tmp/ng-pg        # -> postgresql://newsgraph@127.0.0.1:PORT/postgres
#   scripts/postgres.sh stop /tmp/ng-pg
#
# Debian's `postgresql` is installed with apt-get when missing (as root). The server runs on loopback only, from a
# fresh data directory DIR/data, as an unprivileged user: initdb refuses root, so as root it runs as `postgres`
# (made by the Debian package) or else `nobody`. Trust authentication on 127.0.0.1 only: a test server, no secrets.
# PORT defaults to a free one chosen by the kernel.
set -euo pipefail

usage() { echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2; }
[ $# -ge 2 ] || usage
action=$1
dir=$(realpath -m "$2")
port=${3:-}

bindir() {
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -z "$found" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null 2>&1 || {
            apt-get update -qq >/dev/null 2>&1 &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null 2>&1; } || true
        found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    fi
    [ -n "$found" ] || { echo "PostgreSQL is not installed (Debian: apt-get install postgresql)" >&2; exit 1; }
    echo "$found"
}

# Run a command as the unprivileged owner of the data directory (ourselves when not root).
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        local user=postgres
        getent passwd postgres >/dev/null || user=nobody
        runuser -u "$user" -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

case "$action" in
start)
    bin=$(bindir)
    [ -n "$port" ] || port=$(free_port)
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
        user=postgres
        getent passwd postgres >/dev/null || user=nobody
        chown "$user" "$dir"
        chmod 700 "$dir"
        # every parent must be traversable by the server's user (mktemp's folders are 0700 root)
        parent=$(dirname "$dir")
        while [ "$parent" != / ]; do
            [ "$(stat -c %U "$parent")" = root ] && chmod o+x "$parent" 2>/dev/null || true
            parent=$(dirname "$parent")
        done
    fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        as_owner "$bin/initdb" -D "$dir/data" -U newsgraph --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
            --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    # fsync off: a throwaway test server (the kill test restarts it, but never the machine)
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off \
            -c full_page_writes=off -c max_connections=200 -c shared_buffers=64MB" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    echo "$port" >"$dir/port"
    echo "postgresql://newsgraph@127.0.0.1:$port/postgres"
    ;;
stop)
    bin=$(bindir)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    ;;
*)
    usage
    ;;
esac
