#!/usr/bin/env bash
# JMH benchmark of the plugin's core (no Maven): web.config of 10 KB, 1 MB, 50 MB and Elements.xml with and
# without ~remoteAppUrl, time and allocation (JMH's GC profiler), forks with -Xmx256m. Prints MB/s.
# Usage: bench/jmh.sh [JMH include pattern] [quick] [param=value[,value]]... (e.g. webConfig webConfigKb=51200)
# Needs: Java 17 and the Maven wrapper (it compiles src/bench with the bench profile); installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test -Dinvoker.skip
echo "load before: $(uptime)"
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" dev.addinreg.bench.BenchMain "$@"
echo "load after: $(uptime)"
