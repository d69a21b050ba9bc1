#!/bin/sh
# Starts or stops the throwaway PostgreSQL cluster the "…_pg" test entries run against.
#   pgcluster.sh start|stop DIR PORT
# DIR holds the data folder, the log and the Unix socket (no TCP listener), and is removed on
# stop. PostgreSQL refuses to run as root, so as root the server runs as the postgres user.
# The superuser "postgres" connects without a password (the tests create their databases);
# every other role must log in with its SCRAM password, as on an office's server.
set -eu
action=$1 dir=$2 port=$3
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ]; then
    echo "pgcluster: PostgreSQL is not installed (installer/bootstrap.sh test installs it)" >&2
    exit 1
fi
as_server() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
stop() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}
case $action in
start)
    stop # a cluster left by an interrupted run
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_server "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 \
        --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    as_server sh -c "printf '%s\n' 'local all postgres trust' 'local all all scram-sha-256' \
        >'$dir/data/pg_hba.conf'"
    # Throwaway data: no fsync, so that the suites' hundreds of databases are quick to make.
    as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start -o \
        "-k $dir -p $port -c listen_addresses='' -c fsync=off -c synchronous_commit=off \
         -c full_page_writes=off -c max_connections=200" >/dev/null ||
        { cat "$dir/server.log" >&2; exit 1; }
    echo "pgcluster: PostgreSQL running on $dir port $port"
    ;;
stop)
    stop
    ;;
*)
    echo "usage: pgcluster.sh start|stop DIR PORT" >&2
    exit 2
    ;;
esac
