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
    # fsync off: a throwaway test server (the kill test restarts it, but never the machine).
    # Planner settings as a production server would have them (PG_* variables override each):
    # - shared_buffers 64MB by default, small enough for any CI machine running several servers; for the
    #   100,000-article bench store (~2 GB) start it with PG_SHARED_BUFFERS=1GB so the indexes a query probes stay
    #   in the server's cache (on a machine whose kernel caches the whole store this measured within noise).
    # - effective_cache_size 4GB (PostgreSQL's default, said here so it is raised with the rest): the planner counts
    #   on the kernel's cache too.
    # - random_page_cost 1.1: SSD or cached data, a random page costs about a sequential one, so index probes
    #   (what every bounded read here is) are not priced 4x a scan.
    # - work_mem 16MB: a window, sort or hash of a hub's rows (tens of thousands) stays in memory.
    # - jit off: a plan estimated past jit_above_cost (a hub's walk can be) is compiled first, tens of ms that
    #   short, bounded reads never win back.
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off \
            -c full_page_writes=off -c max_connections=200 -c shared_buffers=${PG_SHARED_BUFFERS:-64MB} \
            -c effective_cache_size=${PG_EFFECTIVE_CACHE_SIZE:-4GB} -c random_page_cost=${PG_RANDOM_PAGE_COST:-1.1} \
            -c work_mem=${PG_WORK_MEM:-16MB} -c jit=off" start >/dev/null \
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
