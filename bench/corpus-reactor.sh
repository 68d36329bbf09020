#!/usr/bin/env bash
# The main benchmark: a Maven reactor of real add-ins, one module for each provider-hosted add-in of the corpus
# (../shared/corpus with ../shared/corpus-web laid over it), built with -T 2. It compares addin:inject with what a
# team would otherwise do, maven-resources-plugin 3.3.1 copy-resources with filtering, over the same files
# (dev.addinreg.bench.CorpusReactor makes both reactors; their outputs are checked to be the same bytes).
#
# What is timed: each build's wall time, as a user waits for it, the best of five (single builds on a shared
# machine vary by a third). A goal's cost is the build that runs it minus `mvn validate` of the same reactor
# (Maven's start and project loading), in rounds whose order alternates. Outputs are deleted before each first
# build. Then:
#   - the nothing-changed rebuild: addin:inject again over its own output; every output file's inode, mtime and
#     size are compared before and after, and any change is counted as a file written (it must be 0);
#   - at -T 1, the cost of the first module (the plugin's start) and of each further module: the goal's cost on
#     the first module alone, and on the whole reactor.
#
# Usage: bench/corpus-reactor.sh          (ROUNDS=5 by default)
# Needs: Java 17, bash, GNU coreutils, awk; the Maven wrapper's Maven; Maven Central the first time. It installs
# nothing on the machine: the plugin goes into target/bench/repo, a local repository chained in front of
# ~/.m2/repository (Maven 3.9's maven.repo.local.tail).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ROUNDS="${ROUNDS:-5}"
CORPUS="${CORPUS:-$ROOT/../shared/corpus}"
CORPUS_WEB="${CORPUS_WEB:-$ROOT/../shared/corpus-web}"
BENCH="$ROOT/target/bench"
REPO="$BENCH/repo"
TAIL="${MAVEN_REPO_TAIL:-$HOME/.m2/repository}"
DIR="$BENCH/corpus"
VERSION=0.1.0-SNAPSHOT
export ADDIN_CLIENT_SECRET="QkVOQ0gtYWRkaW5yZWctYmVuY2gtc2VjcmV0LTAwMDE="  # a test-only secret, as in CorpusReactor

echo "load at start: $(uptime)"
cd "$ROOT"
./mvnw -B -q -Pbench test-compile -Dinvoker.skip
rm -rf "$BENCH/generator" && mkdir -p "$BENCH/generator" && cp -r "$ROOT/target/test-classes/dev" "$BENCH/generator/"
./mvnw -B -q install -Dmaven.test.skip -Dinvoker.skip -Dmaven.repo.local="$REPO" -Dmaven.repo.local.tail="$TAIL"
MVN=("$ROOT/mvnw" -B -q -Dmaven.repo.local="$REPO" -Dmaven.repo.local.tail="$TAIL")

rm -rf "$DIR"
java -cp "$BENCH/generator" dev.addinreg.bench.CorpusReactor addin "$CORPUS" "$CORPUS_WEB" "$DIR" "$VERSION"
"${MVN[@]}" -f "$DIR/addin" process-resources > "$DIR/warmup-addin.log" 2>&1 || { cat "$DIR/warmup-addin.log"; exit 1; }
java -cp "$BENCH/generator" dev.addinreg.bench.CorpusReactor filtering "$DIR"
"${MVN[@]}" -f "$DIR/filtering" process-resources > "$DIR/warmup-filtering.log" 2>&1 || { cat "$DIR/warmup-filtering.log"; exit 1; }
MODULES=$(ls -d "$DIR"/addin/*/ | wc -l)
FILES=$(find "$DIR"/addin/*/target/addin -type f | wc -l)
for module in "$DIR"/addin/*/; do
  name=$(basename "$module")
  diff -r "$module/target/addin" "$DIR/filtering/$name/target/addin" > /dev/null \
    || { echo "the outputs of $name differ between the plugin and the filtering" >&2; exit 1; }
done
FIRST=$(ls "$DIR/addin" | grep -v pom.xml | head -1)
echo "$MODULES modules, $FILES files written by each build; the plugin's and the filtering's outputs are the same bytes"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# best REACTOR ARGS...: the fastest of five builds, in wall milliseconds (the least disturbed by the rest of the
# machine); outputs are deleted before each build unless KEEP is set; a failed build stops the benchmark
best() {
  local reactor="$1"; shift
  local least=999999999 start took
  for _ in 1 2 3 4 5; do
    [ -n "${KEEP:-}" ] || rm -rf "$DIR"/addin/*/target "$DIR"/filtering/*/target
    start=$(now_ms)
    "${MVN[@]}" -o -f "$DIR/$reactor" "$@" > "$DIR/last.log" 2>&1 || { cat "$DIR/last.log" >&2; exit 1; }
    took=$(( $(now_ms) - start ))
    (( took < least )) && least=$took
  done
  echo "$least"
}
snapshot() { find "$DIR"/addin/*/target/addin -type f -printf '%i %T@ %s %p\n' | sort -k4; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for f in inject filtering rebuild first-inject first-filtering all-inject all-filtering; do : > "$DIR/$f.txt"; done
written=0
for ((r = 1; r <= ROUNDS; r++)); do
  if ((r % 2)); then order="addin filtering"; else order="filtering addin"; fi
  # a goal's cost: its build minus validate, each the best of five
  base2=$(best addin -T 2 validate); base1=$(best addin -T 1 -pl "$FIRST" validate); base1all=$(best addin -T 1 validate)
  for reactor in $order; do
    name=$([ "$reactor" = addin ] && echo inject || echo filtering)
    echo $(( $(best "$reactor" -T 2 process-resources) - base2 )) >> "$DIR/$name.txt"
    echo $(( $(best "$reactor" -T 1 -pl "$FIRST" process-resources) - base1 )) >> "$DIR/first-$name.txt"
    echo $(( $(best "$reactor" -T 1 process-resources) - base1all )) >> "$DIR/all-$name.txt"
  done
  # the nothing-changed rebuild, over the output of a first build
  "${MVN[@]}" -o -f "$DIR/addin" -T 2 process-resources > "$DIR/last.log" 2>&1
  before=$(snapshot)
  echo $(( $(KEEP=1 best addin -T 2 process-resources) - base2 )) >> "$DIR/rebuild.txt"
  written=$(( written + $(diff <(echo "$before") <(snapshot) | grep -c '^>' || true) ))
  echo "round $r: inject $(tail -1 "$DIR/inject.txt") ms, filtering $(tail -1 "$DIR/filtering.txt") ms," \
    "rebuild $(tail -1 "$DIR/rebuild.txt") ms; -T 1: first module inject $(tail -1 "$DIR/first-inject.txt")" \
    "filtering $(tail -1 "$DIR/first-filtering.txt"), all modules inject $(tail -1 "$DIR/all-inject.txt")" \
    "filtering $(tail -1 "$DIR/all-filtering.txt") ms"
done

inject=$(median < "$DIR/inject.txt"); filtering=$(median < "$DIR/filtering.txt"); rebuild=$(median < "$DIR/rebuild.txt")
ratio=$(paste "$DIR/inject.txt" "$DIR/filtering.txt" | awk '{ print $1 / $2 }' | median)
fi_=$(median < "$DIR/first-inject.txt"); ff=$(median < "$DIR/first-filtering.txt")
ai=$(median < "$DIR/all-inject.txt"); af=$(median < "$DIR/all-filtering.txt")
echo "load at end: $(uptime)"
echo "Medians of $ROUNDS rounds; a goal's cost is its build's wall time minus mvn validate's, each the best of five (ms);" \
  "$MODULES modules, $FILES files"
awk -v i="$inject" -v f="$filtering" -v q="$ratio" -v rb="$rebuild" -v w="$written" -v m="$MODULES" \
    -v fi="$fi_" -v ff="$ff" -v ai="$ai" -v af="$af" 'BEGIN {
  printf "-T 2 whole reactor:  inject %d  filtering %d  inject/filtering %.2f, median ratio of the rounds %.2f  (target <= 0.80)\n", i, f, i / f, q
  printf "-T 2 rebuild:        inject %d  files written %d  (target 0)\n", rb, w
  printf "-T 1 first module:   inject %d  filtering %d\n", fi, ff
  printf "-T 1 each further:   inject %.1f  filtering %.1f\n", (ai - fi) / (m - 1), (af - ff) / (m - 1)
}'
