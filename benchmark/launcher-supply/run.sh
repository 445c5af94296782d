#!/bin/bash
# Wall time of 'mvn -o clean verify', alternating a declared launcher (-Pown-launcher) and none (supplied by
# prepare), RUNS pairs (default 7); prints each time and the medians. Needs 'mvn install' of db-lifecycle first.
# Extra Maven arguments (e.g. -Dmaven.repo.local=...) are passed through.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p src/test/java/b
for c in $(seq -w 1 50); do
  { echo "package b;"; echo "import org.junit.jupiter.api.Test;"; echo "class T${c}IT {"
    for m in $(seq 1 20); do echo "  @Test void t$m() {}"; done; echo "}"; } > src/test/java/b/T${c}IT.java
done
out=$(mktemp)
for i in $(seq 1 "${RUNS:-7}"); do
  for v in own supplied; do
    args=(); [ $v = own ] && args=(-Pown-launcher)
    s=$(date +%s%N)
    mvn -B -ntp -o -q "${args[@]}" "$@" clean verify < /dev/null > target-$v.log 2>&1 || { echo "FAILED: $v (target-$v.log)"; exit 1; }
    echo "$v $(( ($(date +%s%N) - s) / 1000000 ))" | tee -a "$out"
  done
done
for v in own supplied; do
  echo "$v median ms: $(grep "^$v " "$out" | cut -d' ' -f2 | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')"
done
