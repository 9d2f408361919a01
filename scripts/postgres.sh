#!/usr/bin/env bash
# A private PostgreSQL server for the tests and benchmarks, in a folder of its own, on loopback only.
#   scripts/postgres.sh start DIR [PORT]   initdb if needed, start; prints the URL (postgresql+psycopg://...)
#   scripts/postgres.sh stop DIR
# initdb refuses to run as root: as root the server runs as the "postgres" user the Debian package made.
set -euo pipefail
action=${1:?start or stop}
dir=${2:?folder}
port=${3:-55432}
bin=""
for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/initdb" ] && bin=$candidate
done
[ -z "$bin" ] && command -v initdb >/dev/null && bin=$(dirname "$(command -v initdb)")
if [ -z "$bin" ]; then
    echo "postgres.sh: PostgreSQL is not installed (scripts/bootstrap.sh --test installs it)" >&2
    exit 1
fi
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}
case "$action" in
start)
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    if ! as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        # fsync stays on: the tests check what survives; enough connections for both cores' workers
        as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200 -c shared_buffers=256MB" \
            >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    fi
    echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
    ;;
stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    ;;
*)
    echo "postgres.sh: start or stop" >&2
    exit 2
    ;;
esac
