#!/usr/bin/env bash
# Whole-build benchmark: the plugin's addin:inject against maven-resources-plugin's copy-resources with
# filtering of the same files (placeholders in place of the tokens) and against a plain `cp -r`, on
# generated add-in projects of M Elements.xml files and a Web.config of M KB (M = 50, 500, 5000 by default).
#
# What is timed, and how:
#   - each Maven goal by its own time inside its Maven run: Maven prints a timestamp on every line
#     (-Dorg.slf4j.simpleLogger.showDateTime), and the goal's time is from its "--- plugin:goal ---" line
#     to the next line Maven prints after the goal ends. This holds the mojo's class loading, configuration
#     and work, and leaves out Maven's start-up and project loading, the same for both plugins.
#   - cp -r by the wall time of the command.
#   - the nothing-changed rebuild: addin:inject run again on its own output; every file's inode, mtime and
#     size are compared before and after (any change is reported as a failure).
# Rounds alternate the order of the three, and the medians are printed with the ratios.
#
# Usage: bench/whole-build.sh            (ROUNDS=5 SIZES="50 500 5000" by default)
#        ROUNDS=3 SIZES="50 500" bench/whole-build.sh
# Needs: Java 17, bash, GNU coreutils/findutils, awk; the Maven wrapper's Maven (downloaded by ./mvnw as
# usual) and network access to Maven Central the first time (build-helper, JMH and maven-resources-plugin).
# It installs nothing on the machine: the plugin is installed into target/bench/repo, a private local
# repository chained in front of ~/.m2/repository (Maven 3.9's maven.repo.local.tail), never into ~/.m2.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ROUNDS="${ROUNDS:-5}"
SIZES="${SIZES:-50 500 5000}"
BENCH="$ROOT/target/bench"
REPO="$BENCH/repo"
TAIL="${MAVEN_REPO_TAIL:-$HOME/.m2/repository}"
VERSION=0.1.0-SNAPSHOT
PLUGIN="dev.addinreg:addin-registration-maven-plugin:$VERSION:inject"
RESOURCES="org.apache.maven.plugins:maven-resources-plugin:3.3.1:copy-resources"
export ADDIN_CLIENT_SECRET="QkVOQ0gtYWRkaW5yZWctYmVuY2gtc2VjcmV0LTAwMDE="  # a test-only secret, as in ProjectGenerator

echo "load at start: $(uptime)"
echo "== building the plugin into $REPO and the project generator"
cd "$ROOT"
./mvnw -B -q -Pbench test-compile -Dinvoker.skip
rm -rf "$BENCH/generator" && mkdir -p "$BENCH/generator" && cp -r "$ROOT/target/test-classes/dev" "$BENCH/generator/"
./mvnw -B -q install -Dmaven.test.skip -Dinvoker.skip -Dmaven.repo.local="$REPO" -Dmaven.repo.local.tail="$TAIL"

MVN=("$ROOT/mvnw" -B -Dmaven.repo.local="$REPO" -Dmaven.repo.local.tail="$TAIL"
     -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS)

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# goal_ms LOG GOAL: milliseconds from the goal's "--- ...:GOAL" line to the next line Maven printed after it
goal_ms() {
  awk -v goal="$2" '
    function ms(t,  a) { split(t, a, /[:.]/); return ((a[1] * 60 + a[2]) * 60 + a[3]) * 1000 + a[4] }
    start == "" && index($0, ":" goal " ") && index($0, "--- ") { start = ms($1); next }
    start != "" && index($0, "[INFO] --------------------") { d = ms($1) - start; if (d < 0) d += 86400000; print d; exit }
  ' "$1"
}

# run_goal PROJECT GOAL LOG: runs the goal, fails loudly when the build fails, prints the goal's ms
run_goal() {
  if ! "${MVN[@]}" -o -f "$1/pom.xml" "$2" > "$3" 2>&1; then
    echo "build failed, see $3" >&2; tail -30 "$3" >&2; exit 1
  fi
  goal_ms "$3" "${2##*:}"
}

snapshot() { (cd "$1" && find . -type f -printf '%i %T@ %s %p\n' | sort -k4); }

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

declare -A RESULT
for M in $SIZES; do
  DIR="$BENCH/m$M"
  rm -rf "$DIR"
  java -cp "$BENCH/generator" dev.addinreg.bench.ProjectGenerator "$DIR" "$M" "$M" "$VERSION"
  FILES=$((M + 2))
  # one warm-up of each, online once so that any missing plugin is resolved, not timed
  "${MVN[@]}" -q -f "$DIR/addin/pom.xml" "$PLUGIN" > "$DIR/warmup-addin.log" 2>&1 || { cat "$DIR/warmup-addin.log"; exit 1; }
  "${MVN[@]}" -q -f "$DIR/filtering/pom.xml" "$RESOURCES" > "$DIR/warmup-filtering.log" 2>&1 || { cat "$DIR/warmup-filtering.log"; exit 1; }
  : > "$DIR/first.txt"; : > "$DIR/rebuild.txt"; : > "$DIR/resources.txt"; : > "$DIR/copy.txt"
  writes=0
  for ((r = 1; r <= ROUNDS; r++)); do
    if ((r % 2)); then order="addin resources copy"; else order="copy resources addin"; fi
    for what in $order; do
      case $what in
        addin)
          rm -rf "$DIR/addin/target"
          run_goal "$DIR/addin" "$PLUGIN" "$DIR/addin-first-$r.log" >> "$DIR/first.txt"
          before="$(snapshot "$DIR/addin/target/addin")"
          run_goal "$DIR/addin" "$PLUGIN" "$DIR/addin-rebuild-$r.log" >> "$DIR/rebuild.txt"
          after="$(snapshot "$DIR/addin/target/addin")"
          if [[ "$before" != "$after" ]]; then
            writes=$((writes + $(diff <(echo "$before") <(echo "$after") | grep -c '^>' || true)))
          fi
          ;;
        resources)
          rm -rf "$DIR/filtering/target"
          run_goal "$DIR/filtering" "$RESOURCES" "$DIR/resources-$r.log" >> "$DIR/resources.txt"
          ;;
        copy)
          rm -rf "$DIR/copy"
          t0=$(now_ms)
          mkdir -p "$DIR/copy" && cp -r "$DIR/addin/src/main/webapp" "$DIR/copy/web" && cp -r "$DIR/addin/src/main/sharepoint" "$DIR/copy/package"
          t1=$(now_ms)
          echo $((t1 - t0)) >> "$DIR/copy.txt"
          ;;
      esac
    done
  done
  # the outputs must be the same files with the same bytes
  if ! diff -r "$DIR/addin/target/addin" "$DIR/filtering/target/addin" > "$DIR/outputs.diff"; then
    echo "WARNING: the plugin's and the filtering's outputs differ, see $DIR/outputs.diff"
  fi
  RESULT[$M]="$(median < "$DIR/first.txt") $(median < "$DIR/rebuild.txt") $(median < "$DIR/resources.txt") $(median < "$DIR/copy.txt") $writes $FILES"
  echo "M=$M rounds: first [$(tr '\n' ' ' < "$DIR/first.txt")] rebuild [$(tr '\n' ' ' < "$DIR/rebuild.txt")] resources [$(tr '\n' ' ' < "$DIR/resources.txt")] cp [$(tr '\n' ' ' < "$DIR/copy.txt")] ms"
done

echo
echo "load at end: $(uptime)"
echo "Medians of $ROUNDS rounds, goal time inside one Maven run (ms); Web.config of M KB, M Elements.xml (1/10 with ~remoteAppUrl), AppManifest.xml"
printf '%6s %6s %10s %10s %10s %8s %10s %10s %10s %12s %12s\n' M files inject rebuild resources "cp -r" \
  inj/res inj/cp reb/inj "ms/file inj" "files written"
for M in $SIZES; do
  read -r first rebuild res copy writes files <<< "${RESULT[$M]}"
  awk -v M="$M" -v f="$files" -v a="$first" -v b="$rebuild" -v r="$res" -v c="$copy" -v w="$writes" 'BEGIN {
    cc = c < 1 ? 1 : c
    printf "%6d %6d %10.0f %10.0f %10.0f %8.0f %10.2f %10.2f %10.2f %12.3f %12s\n", M, f, a, b, r, c, a / r, a / cc, b / a, a / f, w " (rebuild)" }'
done
echo "Targets: inj/res <= 0.8 at the largest M; inj/cp <= 2; reb/inj <= 0.20 with 0 files written; ms/file about constant."
