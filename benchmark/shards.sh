#!/usr/bin/env bash
# Prints what sharding buys on one machine, simulating 4 CI jobs one after another (nothing is asserted):
# a suite of 20 test classes (benchmark/shard-suite, SQLite, no server) of very unequal hidden durations, run
#   1. whole, recording the class durations (-Ddb-lifecycle.recordDurations);
#   2. as shards 1/4..4/4 without durations (split by count);
#   3. as shards 1/4..4/4 with the recorded durations (split by time).
# For each split: the largest shard's test time (sum of its XML reports' times) against the whole run's / 4, the
# best any split can reach, as a ratio (1.00 = perfect), all measured in the same run.
# Usage: benchmark/shards.sh     (MVN_ARGS="-Dmaven.repo.local=…" passes options to every mvn; SKIP_INSTALL=1
# reuses the installed plugin)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn_args=(-B -ntp -q ${MVN_ARGS:-})
[ -n "${SKIP_INSTALL:-}" ] || mvn "${mvn_args[@]}" install -DskipTests -Dinvoker.skip=true
work=$PWD/benchmark/target/shards
rm -rf "$work" && mkdir -p "$work" && cp -r benchmark/shard-suite "$work/suite"

# The hidden durations (ms), dealt to the class names in a scrambled order so that names say nothing about cost.
millis=(5000 4000 3500 3000 2000 1500 1000 800 600 500 400 300 300 200 200 100 100 100 100 100)
order=(7 13 2 18 5 11 0 16 9 3 14 19 6 1 12 8 17 4 10 15)
for i in "${!order[@]}"; do
    name=$(printf 'C%02dIT' "$((i + 1))")
    cat >"$work/suite/src/test/java/bench/shard/$name.java" <<JAVA
package bench.shard;

class $name {
    @org.junit.jupiter.api.Test
    void holdsItsClone() throws Exception {
        Work.run("$name", ${millis[${order[$i]}]});
    }
}
JAVA
done

# Test time of one build: the sum of its test classes' times in the XML reports, in seconds.
run() {
    local log=$work/$1.log
    shift
    mvn "${mvn_args[@]}" -f "$work/suite/pom.xml" clean verify "$@" >"$log" 2>&1 || { cat "$log"; exit 1; }
    local classes
    classes=$(ls "$work"/suite/target/failsafe-reports/TEST-*.xml 2>/dev/null | wc -l)
    cat "$work"/suite/target/failsafe-reports/TEST-*.xml 2>/dev/null \
        | grep -o '<testsuite [^>]*' | grep -o ' time="[0-9.]*"' | tr -dc '0-9.\n' \
        | awk -v c="$classes" '{ s += $1 } END { printf "%.2f %d\n", s, c }'
}

read -r whole whole_classes < <(run whole -Ddb-lifecycle.recordDurations="$work/durations.properties")
ideal=$(awk -v w="$whole" 'BEGIN { printf "%.2f", w / 4 }')
echo "whole suite: $whole_classes classes, test time ${whole} s; / 4 = ${ideal} s (the best a 4-way split can do)"

split() {
    local label=$1 largest=0 sizes=() times=()
    shift
    for i in 1 2 3 4; do
        read -r t c < <(run "$label-$i" -Ddb-lifecycle.shard="$i/4" "$@")
        times+=("$t"); sizes+=("$c")
        largest=$(awk -v a="$largest" -v b="$t" 'BEGIN { print (b > a ? b : a) }')
    done
    printf '%-18s shards %s s (%s classes); largest %.2f s = %.2f x (whole / 4)\n' "$label:" \
        "$(IFS=/; echo "${times[*]}")" "$(IFS=/; echo "${sizes[*]}")" "$largest" \
        "$(awk -v l="$largest" -v i="$ideal" 'BEGIN { print l / i }')"
}
split by-count
split by-duration -Ddb-lifecycle.durations="$work/durations.properties"
