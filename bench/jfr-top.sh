#!/usr/bin/env bash
# Top frames of a JFR recording's execution samples: bench/jfr-top.sh FILE.jfr [N]
# (the top frame of each sample that is in dev.addinreg or the JDK, and the first dev.addinreg frame).
set -euo pipefail
jfr print --events jdk.ExecutionSample "$1" | awk '
  /stackTrace = \[/ { inst = 1; top = ""; own = ""; next }
  inst && /^[ \t]+[a-zA-Z]/ { f = $1; if (top == "") top = f; if (own == "" && f ~ /^dev\.addinreg/) own = f; next }
  inst && /\]/ { inst = 0; tops[top]++; owns[own]++; n++ }
  END { for (t in tops) printf "top %5d %5.1f%% %s\n", tops[t], 100 * tops[t] / n, t; for (o in owns) printf "own %5d %5.1f%% %s\n", owns[o], 100 * owns[o] / n, o }
' | sort -k1,1 -k2,2nr | awk -v n="${2:-25}" '{ c[$1]++; if (c[$1] <= n) print }'
