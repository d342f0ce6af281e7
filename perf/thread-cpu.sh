#!/bin/sh
# CPU time of a JVM's threads, summed by kind of thread (grading, commit, Jetty, JIT compiler, GC...).
# Usage: perf/thread-cpu.sh PID > SNAPSHOT; perf/thread-cpu.sh PID SNAPSHOT REQUESTS
# With one argument prints "group ticks" lines; with a previous snapshot and a request count prints
# the milliseconds of CPU per request each group used since that snapshot, largest first.
pid="$1"
hz=$(getconf CLK_TCK)
snapshot() {
  for f in /proc/"$pid"/task/*/stat; do
    cat "$f" 2>/dev/null
    echo
  done | awk '
    NF == 0 { next }
    {
      name = $0; sub(/^[0-9]+ \(/, "", name); sub(/\) [A-Z] .*$/, "", name)
      rest = $0; sub(/^.*\) /, "", rest); split(rest, f, " ")
      # rest starts at field 3 (state): utime is field 14, stime 15, so f[12] and f[13]
      g = name
      gsub(/[0-9]+$/, "", g); sub(/[-#]$/, "", g); gsub(/ +$/, "", g)
      if (g ~ /^C[12] CompilerThre/) g = substr(g, 1, 2) " compiler"
      if (g ~ /^GC Thread|^G1 /) g = "GC"
      if (g ~ /^qtp|JettyServerThreadPool|^Jetty/) g = "jetty"
      t[g] += f[12] + f[13]
    }
    END { for (g in t) print g "\t" t[g] }'
}
if [ $# -lt 3 ]; then
  snapshot
  exit 0
fi
snapshot | awk -F '\t' -v hz="$hz" -v n="$3" '
  NR == FNR { before[$1] = $2; next }
  { d = $2 - before[$1]; if (d > 0) { total += d; out[$1] = d } }
  END {
    for (g in out) printf "%s\t%.1f\n", g, out[g] * 1000 / hz / n | "sort -t \"\t\" -k2 -rn"
    close("sort -t \"\t\" -k2 -rn")
    printf "total\t%.1f\n", total * 1000 / hz / n
  }' "$2" -
