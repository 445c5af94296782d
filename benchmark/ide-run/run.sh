#!/bin/bash
# Time from the JUnit Console Launcher's start to the first test, RUNS pairs (default 9), alternating:
#   ide:      an IDE-style run with db-lifecycle-junit (reuse: the listener clones the kept template, binds, and drops
#             the clone at exit; the drop happens after the test and is not counted),
#   baseline: the same class without db-lifecycle on the class path, on a database prepared by hand (h_ide_bench).
# Prints each pair and the medians. Needs 'mvn install' of db-lifecycle first; runs 'mvn verify' here once (it keeps
# the template). Extra Maven arguments (e.g. -Dmaven.repo.local=...) are passed through. PostgreSQL at PGHOST/PGPORT
# (default 127.0.0.1:5432, user postgres, trust).
set -euo pipefail
cd "$(dirname "$0")"
host=${PGHOST:-127.0.0.1}; port=${PGPORT:-5432}
mvn -B -ntp -o -q "-Dpg.url=jdbc:postgresql://$host:$port/postgres" "$@" clean verify < /dev/null > target-verify.log 2>&1 \
  || { echo "FAILED: mvn verify (target-verify.log)"; exit 1; }
psql -q -h "$host" -p "$port" -U postgres -d postgres -c 'drop database if exists h_ide_bench' -c 'create database h_ide_bench'
trap 'psql -q -h "$host" -p "$port" -U postgres -d postgres -c "drop database if exists h_ide_bench"' EXIT
psql -q -h "$host" -p "$port" -U postgres -d h_ide_bench -f src/test/sql/schema.sql > /dev/null
deps=$(cat target/ide-classpath.txt)
console=$(ls target/console/*.jar)
with="target/test-classes:target/classes:$deps:$console"
without="target/test-classes:target/classes:$(tr ':' '\n' <<< "$deps" | grep -v db-lifecycle-junit | paste -sd:):$console"
run() { # $1 class path, rest: -D options; prints ms from start to the first test
  rm -f target/first-test-millis
  local s; s=$(date +%s%3N)
  java -cp "$1" "${@:2}" org.junit.platform.console.ConsoleLauncher execute --disable-banner \
    --select-class b.FirstIT > target-console.log 2>&1 || { echo "FAILED: console run (target-console.log)" >&2; exit 1; }
  echo $(( $(cat target/first-test-millis) - s ))
}
out=$(mktemp)
for i in $(seq 1 "${RUNS:-9}"); do
  b=$(run "$without" "-Ddb-lifecycle.url=jdbc:postgresql://$host:$port/h_ide_bench" -Ddb-lifecycle.username=postgres)
  d=$(run "$with")
  echo "baseline $b ide $d" | tee -a "$out"
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
mb=$(awk '{print $2}' "$out" | median); md=$(awk '{print $4}' "$out" | median)
echo "median ms from launcher start to first test: baseline $mb, ide (db-lifecycle-junit, reuse) $md, added $(( ${md%.*} - ${mb%.*} ))"
