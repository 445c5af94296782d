#!/usr/bin/env bash
# Prints the benchmark figures (nothing is asserted):
#  1. prepare (template + N clones) and teardown times for N = 1, 2, 4, 8 on PostgreSQL and SQLite;
#  2. MariaDB: clone time for a ~2 MB and a ~200 MB (of rows) template, N = 1 and 4, against
#     mysqldump --routines --triggers --events | mysql for the same N, as a ratio (MysqlCloneBenchmark);
#  3. reuse (ReuseBenchmark): prepare of a first build, of a second with unchanged Flyway migrations (36 tables),
#     and without reuse, on PostgreSQL, SQLite and MariaDB;
#  4. dumps (DumpLoadBenchmark): a ~100 MB pg_dump loaded as the template against psql -f, and a ~100 MB
#     mariadb-dump against the mariadb client, on the same file in the same run, alternating, as a ratio (median and
#     range); then the peak heap, live heap and RSS of loading a ~100 MB and a ~1 GB dump with -Xmx128m (flat: streamed);
#  5. clone (CloneMethodBenchmark): PostgreSQL 18 with its data directory on XFS with reflinks (.ci/pg-versions
#     start-reflink, 127.0.0.1:54319): N = 1, 4, 8 clones of a small and a ~1 GB template, strategy auto
#     (FILE_COPY with file_copy_method = clone) against WAL_LOG and FILE_COPY with copy, with the ratios; and
#     SQLite clones of a ~500 MB file there (reflink copies) against the same in target/ (backup API);
#  6. the embedded PostgreSQL (EmbeddedStartBenchmark): prepare start to a running server with a small template and
#     2 clones, cold (empty cache) and warm, against the same prepare on the system server, in the same run;
#  7. the wall time of a database-bound suite (benchmark/suite) with forkCount=1 against forkCount=2, each fork
#     on its own clone, and their ratio, measured in the same run.
# Usage: benchmark/run.sh [runs] [section...]   sections: prepare reuse mysql dumps clone embedded suite (default: all)
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres) and, for the mysql section, MariaDB on 127.0.0.1:3306.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
shift || true
sections=${*:-prepare reuse mysql dumps clone embedded suite}
wants() { [[ " $sections " == *" $1 "* ]]; }

mvn -B -ntp -q install -DskipTests
mvn -B -ntp -q -f benchmark/pom.xml dependency:build-classpath -Dmdep.outputFile="$PWD/benchmark/target/benchmark.classpath"
cp=$(cat benchmark/target/benchmark.classpath)
if wants prepare; then
    echo "== prepare/teardown =="
    java -cp "benchmark/target/classes:$cp" io.github.dblifecycle.bench.PrepareBenchmark "$runs"
fi

if wants reuse; then
    echo "== reuse: prepare of a first build (Flyway template + clones), of a second (clones only), without reuse =="
    if mariadb-admin -h 127.0.0.1 -u root ping >/dev/null 2>&1; then reuse_backends="postgresql sqlite mariadb"; else reuse_backends="postgresql sqlite"; fi
    java -cp "benchmark/target/classes:$cp" io.github.dblifecycle.bench.ReuseBenchmark "$runs" 2 $reuse_backends
fi

if wants mysql; then
    echo "== MariaDB: in-server clones vs mysqldump | mysql (same N, same run) =="
    if mariadb-admin -h 127.0.0.1 -u root ping >/dev/null 2>&1; then
        java -cp "benchmark/target/classes:$cp" io.github.dblifecycle.bench.MysqlCloneBenchmark 1 S,L
    else
        echo "skipped: no MariaDB/MySQL on 127.0.0.1:3306"
    fi
fi

if wants dumps; then
    echo "== dumps: loading a ~100 MB dump as the template vs the vendor's client (same file, same run) =="
    if mariadb-admin -h 127.0.0.1 -u root ping >/dev/null 2>&1; then dump_backends="postgresql mariadb"; else dump_backends="postgresql"; fi
    # A small heap on purpose: a dump read whole would not fit.
    # Alternating runs (at least 5), median and range of the ratio: the machine may be shared.
    java -Xmx128m -cp "benchmark/target/classes:$cp" io.github.dblifecycle.bench.DumpLoadBenchmark "$(( runs < 5 ? 5 : runs ))" 100 $dump_backends
    echo "== dumps: memory of the load for a ~100 MB and a ~1 GB dump (-Xmx128m: both must fit) =="
    java -Xmx128m -cp "benchmark/target/classes:$cp" io.github.dblifecycle.bench.DumpLoadBenchmark memory 100,1000 $dump_backends
fi

if wants clone; then
    echo "== clone: PostgreSQL 18 file_copy_method = clone on XFS with reflinks (auto vs WAL_LOG vs FILE_COPY copy) =="
    if pg_isready -q -h 127.0.0.1 -p 54319; then
        java -cp "benchmark/target/classes:$cp" io.github.dblifecycle.bench.CloneMethodBenchmark \
            jdbc:postgresql://127.0.0.1:54319/postgres "$runs"
        # SQLite, same code: clones of a ~500 MB file on that XFS (reflinks) and in target/ (backup API).
        java -cp "benchmark/target/classes:$cp" io.github.dblifecycle.bench.SqliteReflinkBenchmark \
            "${PG_VERSIONS_DIR:-${TMPDIR:-/tmp}/db-lifecycle-pg-versions}/reflink/mnt/files" benchmark/target 500 "$runs"
    else
        echo "skipped: no PostgreSQL 18 on XFS at 127.0.0.1:54319 (sudo .ci/pg-versions start-reflink)"
    fi
fi

if wants embedded; then
    echo "== embedded PostgreSQL: prepare start to a running server with the template and 2 clones =="
    java -cp "benchmark/target/classes:$cp" io.github.dblifecycle.bench.EmbeddedStartBenchmark "$((runs < 5 ? 5 : runs))"
fi

wants suite || exit 0

echo "== suite wall time (benchmark/suite: 8 classes x 2000 transactions) =="
suite() {
    local start end
    start=$(date +%s.%N)
    mvn -B -ntp -q -f benchmark/suite/pom.xml clean verify -Dforks="$1" >"benchmark/suite/target-forks$1.log" 2>&1 \
        || { cat "benchmark/suite/target-forks$1.log"; exit 1; }
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f\n", b - a }'
}
mvn -B -ntp -q -f benchmark/suite/pom.xml test-compile >/dev/null   # warm up: compile and resolve once
declare -a one two
for i in $(seq 1 "$runs"); do
    one+=("$(suite 1)")
    two+=("$(suite 2)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
m1=$(median "${one[@]}")
m2=$(median "${two[@]}")
printf 'forkCount=1 (1 clone):  %6.2f s   runs: %s\n' "$m1" "${one[*]}"
printf 'forkCount=2 (2 clones): %6.2f s   runs: %s\n' "$m2" "${two[*]}"
printf 'speed-up forkCount=2 vs 1: %.2fx\n' "$(awk -v a="$m1" -v b="$m2" 'BEGIN { print a / b }')"
rm -f benchmark/suite/target-forks*.log
