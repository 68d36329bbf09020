#!/usr/bin/env bash
# Stress bounds, far beyond any real add-in (the largest web.config of the 113 PnP add-ins is 7.5 KB, the
# largest add-in 11 files). They are not speed targets; they must simply hold, with the heap at -Xmx256m:
#   - a generated add-in of 5,000 files (M Elements.xml, every tenth with ~remoteAppUrl, a Web.config of M KB):
#     addin:inject's cost at most 1.2 times that of maven-resources-plugin 3.3.1 copy-resources with filtering
#     of the same files (dev.addinreg.bench.ProjectGenerator writes both projects);
#   - a 10 MB web.config is injected.
# A goal's cost is the build that runs it minus `mvn validate` of the same project, in rounds whose order
# alternates; outputs are deleted before each build, and both outputs are checked to be the same bytes.
#
# Usage: bench/stress.sh          (ROUNDS=5 M=5000 by default)
# Needs what bench/corpus-reactor.sh needs.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ROUNDS="${ROUNDS:-5}"
M="${M:-5000}"
BENCH="$ROOT/target/bench"
REPO="$BENCH/repo"
TAIL="${MAVEN_REPO_TAIL:-$HOME/.m2/repository}"
VERSION=0.1.0-SNAPSHOT
PLUGIN="dev.addinreg:addin-registration-maven-plugin:$VERSION:inject"
RESOURCES="org.apache.maven.plugins:maven-resources-plugin:3.3.1:copy-resources"
export ADDIN_CLIENT_SECRET="QkVOQ0gtYWRkaW5yZWctYmVuY2gtc2VjcmV0LTAwMDE="  # a test-only secret, as in ProjectGenerator
export MAVEN_OPTS="-Xmx256m"

echo "load at start: $(uptime)"
cd "$ROOT"
./mvnw -B -q -Pbench test-compile -Dinvoker.skip
rm -rf "$BENCH/generator" && mkdir -p "$BENCH/generator" && cp -r "$ROOT/target/test-classes/dev" "$BENCH/generator/"
./mvnw -B -q install -Dmaven.test.skip -Dinvoker.skip -Dmaven.repo.local="$REPO" -Dmaven.repo.local.tail="$TAIL"
MVN=("$ROOT/mvnw" -B -q -Dmaven.repo.local="$REPO" -Dmaven.repo.local.tail="$TAIL")

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# timed PROJECT ARGS...: the build's wall milliseconds; a failed build stops the benchmark
timed() {
  local project="$1"; shift
  local start; start=$(now_ms)
  "${MVN[@]}" -o -f "$project" "$@" > "$project/../last.log" 2>&1 || { cat "$project/../last.log" >&2; exit 1; }
  echo $(( $(now_ms) - start ))
}
# cost PROJECT GOAL: the build running GOAL minus validate, the output deleted first
cost() {
  rm -rf "$1/target"
  local with base
  with=$(timed "$1" "$2")
  base=$(timed "$1" validate)
  echo $(( with - base ))
}
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

DIR="$BENCH/m$M"
rm -rf "$DIR"
java -cp "$BENCH/generator" dev.addinreg.bench.ProjectGenerator "$DIR" "$M" "$M" "$VERSION"
"${MVN[@]}" -f "$DIR/addin" "$PLUGIN" > /dev/null
"${MVN[@]}" -f "$DIR/filtering" "$RESOURCES" > /dev/null
: > "$DIR/inject.txt"; : > "$DIR/filtering.txt"
for ((r = 1; r <= ROUNDS; r++)); do
  if ((r % 2)); then order="addin filtering"; else order="filtering addin"; fi
  for what in $order; do
    if [ "$what" = addin ]; then cost "$DIR/addin" "$PLUGIN" >> "$DIR/inject.txt"; else cost "$DIR/filtering" "$RESOURCES" >> "$DIR/filtering.txt"; fi
  done
  echo "round $r: inject $(tail -1 "$DIR/inject.txt") ms, filtering $(tail -1 "$DIR/filtering.txt") ms"
done
diff -r "$DIR/addin/target/addin" "$DIR/filtering/target/addin" > /dev/null || { echo "the outputs differ" >&2; exit 1; }

BIG="$BENCH/web-10mb"
rm -rf "$BIG"
java -cp "$BENCH/generator" dev.addinreg.bench.ProjectGenerator "$BIG" 10 10240 "$VERSION"
big=$(cost "$BIG/addin" "$PLUGIN")
grep -c "$ADDIN_CLIENT_SECRET" "$BIG/addin/target/addin/web/Web.config" > /dev/null

echo "load at end: $(uptime)"
inject=$(median < "$DIR/inject.txt"); filtering=$(median < "$DIR/filtering.txt")
ratio=$(paste "$DIR/inject.txt" "$DIR/filtering.txt" | awk '{ print $1 / $2 }' | median)
awk -v i="$inject" -v f="$filtering" -v q="$ratio" -v m="$M" -v b="$big" -v s="$(stat -c %s "$BIG/addin/src/main/webapp/Web.config")" 'BEGIN {
  printf "%d files at -Xmx256m: inject %d ms, filtering %d ms, inject/filtering %.2f, median ratio of the rounds %.2f (bound <= 1.20)\n", m + 2, i, f, i / f, q
  printf "web.config of %.1f MB at -Xmx256m: injected in %d ms\n", s / 1048576, b
}'
